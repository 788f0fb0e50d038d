#!/usr/bin/python3
"""check_host() by pyspf (Debian python3-spf) for the differential test.

Reads JSON lines {"id", "ip", "sender", "helo"} on stdin, writes {"id", "result"} lines. Every query
goes to the test's unbound on 127.0.0.1:<port> (argv[1]), never to the system resolver.
"""
import json
import sys

import spf

port = int(sys.argv[1])
if spf.DNSLookup.__name__.endswith('dnspython'):
    import dns.resolver
    r = dns.resolver.Resolver(configure=False)
    r.nameservers = ['127.0.0.1']
    r.port = port
    dns.resolver.default_resolver = r
else:
    import DNS
    DNS.defaults['server'] = ['127.0.0.1']
    DNS.defaults['port'] = port

for line in sys.stdin:
    case = json.loads(line)
    try:
        result, _explanation = spf.check2(i=case['ip'], s=case['sender'], h=case['helo'], querytime=20)
    except Exception as e:  # a crash of the reference is a result the test reports, not a pass
        result = 'crash: %s' % e
    print(json.dumps({'id': case['id'], 'result': result}), flush=True)
