#!/usr/bin/perl
# check_host() by Mail::SPF (Debian libmail-spf-perl) for the differential test.
# Reads JSON lines {"id", "ip", "sender", "helo"} on stdin, writes {"id", "result"} lines. Every
# query goes to the test's unbound on 127.0.0.1:<port> (argv[0]), never to the system resolver.
use strict;
use warnings;
use JSON::PP;
use Mail::SPF;
use Net::DNS::Resolver;

my $port = $ARGV[0] or die "usage: mailspf.pl <port>\n";
my $resolver = Net::DNS::Resolver->new(
    nameservers => ['127.0.0.1'], port => $port, recurse => 1,
    udp_timeout => 10, tcp_timeout => 10, retry => 1,
);
my $server = Mail::SPF::Server->new(dns_resolver => $resolver);
my $json = JSON::PP->new->canonical;
$| = 1;
while (my $line = <STDIN>) {
    my $case = decode_json($line);
    my $result = eval {
        my $request = Mail::SPF::Request->new(
            versions => [1], scope => 'mfrom', identity => $case->{sender},
            ip_address => $case->{ip}, helo_identity => $case->{helo},
        );
        $server->process($request)->code;
    };
    $result = "crash: $@" unless defined $result;
    print $json->encode({ id => $case->{id}, result => $result }), "\n";
}
