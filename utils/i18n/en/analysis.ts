// Messages for the analysis area in 'en'. Keys: '<rule-or-component>.<message>'.
export default {
  'attachment-blocked-type.blockedType':
    'Gmail and Outlook refuse .{ext} attachments, so {name} cannot be sent.',
  'attachment-blocked-type.blockedByOutlook':
    'Outlook blocks .{ext} attachments; recipients using Outlook will not be able to open {name}.',
  'attachment-blocked-type.doubleExtension':
    '{name} hides an executable type (.{ext}) behind a name that looks like a document.',
  'attachment-blocked-type.disguisedName':
    'The name {name} contains invisible or right-to-left characters that disguise its real type.',
  'attachment-blocked-type.riskyType':
    'Recipients’ mail filters often quarantine files of type .{ext} ({name}).',
  'attachment-blocked-type.shareLink': 'Share the file through a cloud drive link instead of attaching it.',
  'attachment-blocked-type.removeAttachment': 'Remove the attachment unless you are sure where it came from.',
  'attachment-blocked-type.sendAsPdf': 'Send the content as a PDF or an ordinary document instead.',

  'attachment-forgotten.mentionedNotAttached':
    'The message mentions an attachment (“{phrase}”), but nothing is attached.',
  'attachment-forgotten.attachFile': 'Attach the file, or remove the mention.',

  'attachment-size.fileOverSendingLimit':
    '{name} is {sizeMb} MB, more than the {limitMb} MB that Gmail and Outlook accept.',
  'attachment-size.totalOverSendingLimit':
    'The attachments total {sizeMb} MB, more than the {limitMb} MB that Gmail and Outlook accept.',
  'attachment-size.encodedOverReceivingLimit':
    'Encoded for sending, the message will be about {sizeMb} MB; many mail services refuse messages over {limitMb} MB.',
  'attachment-size.encodedOverCorporateLimit':
    'Encoded for sending, the message will be about {sizeMb} MB; company mail servers with the usual {limitMb} MB limit will refuse it.',
  'attachment-size.shareLink': 'Share large files through a cloud drive link instead of attaching them.',
  'attachment-size.compressOrLink': 'Compress the files, or share them through a cloud drive link.',

  'body-money-amounts.largeSum': 'The message mentions large sums of money: {amounts}.',
  'body-money-amounts.earningsClaim': 'Earnings are promised per day, week or month: {amounts}.',
  'body-money-amounts.stateSimply': 'Mention amounts only where the recipient needs them.',

  'body-punctuation.exclamationRun': 'The text has runs of exclamation or question marks: {examples}.',
  'body-punctuation.manyExclamations': 'The text uses many exclamation marks ({count}).',
  'body-punctuation.calmPunctuation': 'Use single punctuation marks and let the content speak.',

  'body-shouting.shouting': '{percent}% of the letters in the text are capitals.',
  'body-shouting.useSentenceCase': 'Write in normal sentence case; keep capitals for names and acronyms.',

  'body-spam-phrases.urgency': 'Pressure to act fast: {phrases}.',
  'body-spam-phrases.money': 'Money and price wording typical of spam: {phrases}.',
  'body-spam-phrases.prize': 'Prize or lottery wording: {phrases}.',
  'body-spam-phrases.guarantee': 'Guarantees and no-risk promises: {phrases}.',
  'body-spam-phrases.callToAction': 'Pushy calls to action: {phrases}.',
  'body-spam-phrases.salutation': 'A generic greeting instead of the recipient’s name: {phrases}.',
  'body-spam-phrases.bulk': 'Mailing-list boilerplate next to other spam wording: {phrases}.',
  'body-spam-phrases.advanceFee': 'Wording of advance-fee scams: {phrases}.',
  'body-spam-phrases.pharmacy': 'Pharmacy, diet or enhancement wording: {phrases}.',
  'body-spam-phrases.extortion': 'Wording of extortion (“sextortion”) scams: {phrases}.',
  'body-spam-phrases.phishing': 'Wording typical of phishing: {phrases}.',
  'body-spam-phrases.getRich': 'Get-rich-quick or work-from-home wording: {phrases}.',
  'body-spam-phrases.crypto': 'Crypto investment wording: {phrases}.',
  'body-spam-phrases.loans': 'Loan and credit offers: {phrases}.',
  'body-spam-phrases.adult': 'Dating or adult wording: {phrases}.',
  'body-spam-phrases.seo': 'Wording of unsolicited SEO and marketing offers: {phrases}.',
  'body-spam-phrases.marketing': 'Hard-sell marketing wording: {phrases}.',
  'body-spam-phrases.counterfeit': 'Wording of counterfeit-goods offers: {phrases}.',
  'body-spam-phrases.custom': 'Phrases from your own list: {phrases}.',
  'body-spam-phrases.rephrase': 'Say it plainly, without these phrases.',
  'body-spam-phrases.addressByName': 'Address the recipient by name.',
  'body-spam-phrases.removeBoilerplate': 'Leave unsubscribe footers to your newsletter tool.',
  'body-spam-phrases.reportInstead':
    'If you are passing on a suspicious message, report it or forward it as an attachment instead.',

  'body-symbols.moneySymbols': 'The text contains runs of currency signs: {examples}.',
  'body-symbols.symbolRun': 'The text contains long runs of symbols: {examples}.',
  'body-symbols.removeSymbols': 'Remove the runs of symbols.',

  'crypto-wallet.walletAddress': 'The text contains a cryptocurrency wallet address ({address}).',
  'crypto-wallet.checkPayment': 'Send payment details only through a channel the recipient already trusts.',

  'html-hidden-text.hidden': 'Some text is hidden from the reader ({chars} characters).',
  'html-hidden-text.tinyFont': 'Some text is set in a font too small to read ({chars} characters).',
  'html-hidden-text.sameColor': 'Some text has the same colour as its background ({chars} characters).',
  'html-hidden-text.removeHidden': 'Remove the hidden text or make it visible.',

  'html-images.imageOnly': 'The message consists of images with almost no text.',
  'html-images.imageHeavy': 'The message has many images and little text ({images} images).',
  'html-images.trackingPixel':
    'The message contains tiny remote images that track when it is opened ({count}).',
  'html-images.addText': 'Put the content in text and keep images as illustrations.',
  'html-images.removePixel': 'Remove tracking images from personal mail.',

  'html-link-text-mismatch.mismatch': 'A link shows {shown} but leads to {actual}.',
  'html-link-text-mismatch.showRealTarget':
    'Make the link text match where it leads, or use words instead of an address.',

  'link-density.manyLinks': 'The message has many links ({count}) and very little text.',
  'link-density.fewerLinks': 'Keep the few links that matter and explain them in the text.',

  'link-suspicious-target.scriptLink':
    'A link uses the {scheme}: scheme, which runs code or embeds content instead of opening a page.',
  'link-suspicious-target.ipAddress': 'A link points to a bare IP address ({host}) instead of a domain name.',
  'link-suspicious-target.oddPort': 'A link points to an unusual port ({host}:{port}).',
  'link-suspicious-target.shortener':
    'A link goes through the URL shortener {host}, which hides where it leads.',
  'link-suspicious-target.hiddenUserinfo':
    'A link hides its real destination: it goes to {host}, not to the part before “@”.',
  'link-suspicious-target.abusedTld':
    'A link goes to a domain ending in .{tld}, an ending used mostly by spam and phishing sites.',
  'link-suspicious-target.deceptiveHost':
    'A link goes to {host}, a name made to look like a known brand or a login page.',
  'link-suspicious-target.useDirectLink': 'Link directly to the final https address on a domain name.',
  'link-suspicious-target.removeLink': 'Remove the link.',

  'obfuscated-words.leet': 'Words are written with digits or symbols in place of letters: {words}.',
  'obfuscated-words.spaced': 'Words are spelled with their letters split apart: {words}.',
  'obfuscated-words.mixedScript': 'Words mix letters from different alphabets: {words}.',
  'obfuscated-words.invisibleChars': 'Invisible characters are hidden inside words ({count}).',
  'obfuscated-words.writePlainly': 'Write the words normally, or leave them out.',

  'recipient-address.missingAt': '“{address}” is not an email address: it has no “@”.',
  'recipient-address.malformed': '“{address}” is not a valid email address.',
  'recipient-address.unknownTld': '{address} ends in “.{tld}”, which is not an existing top-level domain.',
  'recipient-address.senderMalformed': 'Your sender address “{address}” is not valid.',
  'recipient-address.correctAddress': 'Check the address for typos, missing parts or extra characters.',
  'recipient-address.useSuggestion': 'Did you mean {suggestion}?',

  'recipient-domain-typo.providerTypo': '{address}: “{domain}” looks like a typo of {suggestion}.',
  'recipient-domain-typo.resemblesOther':
    '“{domain}” differs by one character from {other}, which is also used in this message.',
  'recipient-domain-typo.useSuggestion': 'Did you mean {suggestion}?',
  'recipient-domain-typo.checkDomain': 'Check which of the two domains is right.',

  'recipients-many-visible.manyVisible':
    '{count} recipients from {domains} different domains will see each other’s addresses.',
  'recipients-many-visible.useBcc':
    'Put the recipients in Bcc, or send the message to each of them separately.',

  'subject-all-caps.allCaps': 'The subject is written almost entirely in capitals.',
  'subject-all-caps.capsWords': 'Several words in the subject are in capitals: {words}.',
  'subject-all-caps.useSentenceCase': 'Write the subject in normal sentence case.',

  'subject-fake-reply.fakeReply':
    'The subject starts with a reply prefix ({prefix}), but this is a new message.',
  'subject-fake-reply.fakeForward':
    'The subject starts with a forward prefix ({prefix}), but nothing is forwarded.',
  'subject-fake-reply.removePrefix': 'Remove “{prefix}” from the subject.',

  'subject-missing.missing': 'The subject is empty.',
  'subject-missing.addSubject': 'Say in the subject what the message is about.',

  'subject-punctuation.repeated': 'The subject contains repeated punctuation (“{found}”).',
  'subject-punctuation.exclamation': 'The subject ends with an exclamation mark.',
  'subject-punctuation.singleMark': 'Use at most one punctuation mark, and preferably none in a subject.',

  'subject-spam-phrases.phrases': 'The subject contains wording common in spam: {phrases}.',
  'subject-spam-phrases.rephrase': 'Describe the content of the message plainly.',

  'subject-symbols.leadingMoney': 'The subject starts with a currency sign.',
  'subject-symbols.symbolRun': 'The subject contains a run of symbols such as “$$$” or “***”.',
  'subject-symbols.manyEmoji': 'The subject has many emoji ({count}).',
  'subject-symbols.removeSymbols': 'Remove the symbols and say plainly what the message is about.',

  'template-placeholders.unfilled': 'The message contains unfilled mail-merge fields: {placeholders}.',
  'template-placeholders.fillIn': 'Replace each field with the real value.',

  'content-model.spamWords': 'Words that weigh toward spam in mail like this: {words}.',
  'content-model.rewordSpamWords': 'Reword or drop these words if they are not essential.',
} as Record<string, string>;
