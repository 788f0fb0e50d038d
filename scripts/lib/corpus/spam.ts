// Spam, scam and phishing drafts written for Preflight's labelled set, in the styles seen in the
// wild: advance-fee, lottery, pharmacy, phishing, extortion, get-rich, SEO, fake invoices.
// Addresses and domains are fictitious.
import { draft, file, type CorpusSample } from './types';

export const spam: CorpusSample[] = [
  {
    id: 'en-419-next-of-kin',
    label: 'spam',
    lang: 'en',
    draft: draft({
      from: 'barr.james.okoro@gmail.com',
      to: ['info@example.com'],
      subject: 'CONFIDENTIAL BUSINESS PROPOSAL',
      text: `Dear Friend,

I am Barrister James Okoro, personal attorney to the late Mr. Robert Williams, a foreign contractor who died in a plane crash with his entire family in 2019. Since then I have made several enquiries to locate any of his relatives without success.

I am contacting you to present you as the next of kin of my late client so that the proceeds of his account valued at US$10.5 million (Ten Million Five Hundred Thousand United States Dollars) can be paid to you. The bank has issued me a notice to provide the next of kin or the account will be declared unclaimed funds.

This transaction is 100% risk free and legal. I will give you 40% of the total sum for your assistance. Kindly send your full names, your direct telephone number and your home address to my private email for more details.

Strictly confidential. Your urgent response is needed.

Barrister James Okoro`,
    }),
  },
  {
    id: 'en-419-dying-widow',
    label: 'spam',
    lang: 'en',
    draft: draft({
      to: ['contact@example.org'],
      subject: 'Please I need your assistance',
      text: `Hello Dear,

Greetings of the day. I am Mrs. Margaret Hansen, a widow suffering from cancer and my doctor told me I may not last for the next few months. My late husband deposited the sum of $4,800,000.00 in a bank here and I have decided to donate it to charity through a God-fearing person like you.

I need a trustworthy person who will use this money for orphanage and charity work as I instruct. As soon as I receive your reply I will give you the contact of the bank and issue you a letter of authority for the release of the funds.

Reply to my private email with your full name, country and phone number.

God bless you,
Mrs. Margaret Hansen`,
    }),
  },
  {
    id: 'en-lottery-winner',
    label: 'spam',
    lang: 'en',
    draft: draft({
      to: ['user@example.net'],
      subject: 'Congratulations!!! You Have Won £850,000.00',
      text: `WINNING NOTIFICATION

Dear Lucky Winner,

We are pleased to inform you that your email address was randomly selected in our International Lottery draw held on 12th March. You have been awarded the sum of £850,000.00 (Eight Hundred and Fifty Thousand Pounds).

Ticket number: 56475600545 188
Batch number: 7/25/0368
Winning numbers: 14-17-23-33-41

To claim your prize, contact our claims agent Mr. Peter Collins with your full name, address, age and phone number. Winners must claim within 14 days or the funds will be returned.

Congratulations once again!`,
    }),
  },
  {
    id: 'en-lottery-email-ballot',
    label: 'spam',
    lang: 'en',
    draft: draft({
      to: ['winner@example.com'],
      subject: 'Final Notice: Your Email Has Won',
      text: `Attention Beneficiary,

This is to notify you that your email address won the sum of 1,500,000 Euros in the E-mail Ballot promotion award. The draw was held in London and your email was selected as a winner.

Kindly fill the form below and send to the claims department:
Full name / Address / Phone / Occupation / Age

A processing fee of 250 Euros is required for the release of your fund. Do not disclose this information until your winnings are paid.

Yours faithfully,
Dr. Anna Baker, Promotion Coordinator`,
    }),
  },
  {
    id: 'en-pharmacy',
    label: 'spam',
    lang: 'en',
    draft: draft({
      to: ['someone@example.com'],
      subject: 'Cheap meds without prescription - 80% OFF',
      html: `<p>Best online pharmacy deals!</p><p>Viagra from $0.89 per pill, Cialis from $1.10, Levitra, Xanax, Tramadol and more. No prescription needed, discreet worldwide shipping.</p><p><a href="http://rx-cheap-meds.top/shop">Order now</a> and get 4 free pills with every order!</p><p>Satisfaction guaranteed or your money back.</p>`,
    }),
  },
  {
    id: 'en-pharmacy-obfuscated',
    label: 'spam',
    lang: 'en',
    draft: draft({
      to: ['someone@example.com'],
      subject: 'V1agra & C1alis for you',
      text: `Hello,

Last longer in bed with V.I.A.G.R.A and c!alis at the lowest prices. No doctor visit, no questions asked.

Enlarge your confidence today: http://bit.ly/3xRmedz

Unsubscribe: reply STOP`,
    }),
  },
  {
    id: 'en-phishing-account-suspended',
    label: 'spam',
    lang: 'en',
    draft: draft({
      from: 'security@account-verification-center.com',
      to: ['customer@example.com'],
      subject: 'Your account has been suspended',
      html: `<p>Dear Customer,</p><p>We detected unusual activity on your account and your account has been limited. To restore access, please verify your account within 24 hours.</p>
<p><a href="http://secure-login.paypa1-support.com/verify">https://www.paypal.com/signin</a></p>
<p>Failure to verify will result in permanent suspension of your account.</p><p>Thank you,<br>Account Security Team</p>`,
    }),
  },
  {
    id: 'en-phishing-mailbox-full',
    label: 'spam',
    lang: 'en',
    draft: draft({
      to: ['staff@example.edu'],
      subject: 'Mailbox Quota Exceeded – Action Required',
      html: `<p>Dear Email User,</p><p>Your mailbox is full and has exceeded the storage limit set by your administrator. You will not be able to send or receive new messages until you validate your mailbox.</p>
<p>Incoming messages are on hold. Click here to release your messages and upgrade your storage:</p>
<p><a href="http://185.234.72.19:8080/owa/upgrade.php">Validate Mailbox Now</a></p><p>Failure to do so will lead to deactivation of your account.</p><p>Email Administrator</p>`,
    }),
  },
  {
    id: 'en-phishing-paypal-short',
    label: 'spam',
    lang: 'en',
    draft: draft({
      to: ['client@example.com'],
      subject: 'PayPal: confirm your billing information',
      text: `Dear PayPal Customer,

We were unable to process your last payment because your billing information is out of date. Your account will be suspended if you do not update your payment information.

Please log in to your account and confirm your billing details here: https://bit.ly/pp-billing-update

We apologise for any inconvenience.
PayPal Customer Service`,
    }),
  },
  {
    id: 'en-sextortion',
    label: 'spam',
    lang: 'en',
    draft: draft({
      to: ['victim@example.com'],
      subject: 'Your account is hacked. Change your password.',
      text: `Hello!

I am a professional hacker and I have access to your device. A few months ago I infected your computer with spyware when you visited an adult website. Through your webcam I recorded you while you were watching pornographic videos.

I made a compromising video of you. If you do not want me to send it to all your contacts and family and friends, pay $1450 in Bitcoin to my bitcoin wallet:

bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh

You have 48 hours from the moment you read this email. Once I receive the payment I will delete the video. Do not contact the police, I will know.`,
    }),
  },
  {
    id: 'en-sextortion-password',
    label: 'spam',
    lang: 'en',
    draft: draft({
      to: ['victim@example.com'],
      subject: 'hunter2 is one of your passwords',
      text: `I know that hunter2 is one of your passwords. I installed malware on the adult site you visited and recorded you through your webcam.

I want $2000 worth of bitcoin. Send it to this BTC address: 1BoatSLRHtKNngkdXEeobR76b53LETtpyT

If I do not get the payment I will send the video to all your contacts. The timer has started.`,
    }),
  },
  {
    id: 'en-work-from-home',
    label: 'spam',
    lang: 'en',
    draft: draft({
      to: ['friend@example.com'],
      subject: 'Make $5,000 a week from home!!!',
      text: `Are you tired of your 9-to-5 job? Be your own boss and earn up to $5,000 per week from the comfort of your home!

No experience needed. Our proven system has helped thousands of people reach financial freedom. Work only 2 hours a day, even while you sleep the system keeps making money.

This is not a scam! 100% legal. Limited spots available – act now before it's too late!

Click here to get started: http://easy-income-now.biz/join`,
    }),
  },
  {
    id: 'en-crypto-investment',
    label: 'spam',
    lang: 'en',
    draft: draft({
      to: ['investor@example.com'],
      subject: 'Guaranteed 15% daily returns with our AI trading bot',
      text: `Hello,

Our bitcoin investment platform uses an AI trading bot to deliver guaranteed returns of up to 15% daily profit. Start with just $250 and watch your money grow.

Thousands of members have already doubled their investment in a week. Zero risk, withdraw anytime.

Connect your wallet and claim your welcome bonus today: https://cutt.ly/ai-crypto-pro

Regards,
Michael, Senior Account Manager`,
    }),
  },
  {
    id: 'en-seo-offer',
    label: 'spam',
    lang: 'en',
    draft: draft({
      to: ['info@example-bakery.com'],
      subject: 'Proposal for your website',
      text: `Hello Website Owner,

I was going through your website and noticed that it is not ranking on the first page of Google for important keywords. You are losing a lot of customers to your competitors.

We are a leading SEO agency and can put your website on page 1 of Google with high quality backlinks, guest posting on high domain authority sites and link building. We guarantee results.

Can I send you a free audit and our price list? Reply with "Yes" to get started.

Regards,
Rahul, SEO Expert`,
    }),
  },
  {
    id: 'en-web-design-offer',
    label: 'spam',
    lang: 'en',
    draft: draft({
      to: ['contact@example-dentist.com'],
      subject: 'Re: Website redesign',
      text: `Hi,

I came across your website and noticed a few issues that are costing you leads: slow loading, not mobile friendly and poor Google ranking.

We offer web design services, app development services and digital marketing services at very affordable prices. We have 10+ years of experience and 500+ happy clients.

Would you be interested in a free consultation? If you are not interested, reply with "remove" and I will not contact you again.

Thanks,
Priya, Business Development`,
    }),
  },
  {
    id: 'en-fake-invoice-exe',
    label: 'spam',
    lang: 'en',
    draft: draft({
      to: ['accounts@example.com'],
      subject: 'Overdue invoice #INV-88231 – payment required',
      text: `Dear Sir/Madam,

Your invoice #INV-88231 is overdue. Please open the attached invoice and make the payment today to avoid a late fee.

Regards,
Accounts Department`,
      attachments: [file('INV-88231.pdf.exe', 412_000)],
    }),
  },
  {
    id: 'en-fake-invoice-js',
    label: 'spam',
    lang: 'en',
    draft: draft({
      to: ['finance@example.com'],
      subject: 'Remittance advice',
      text: 'Hello, please find the attached remittance advice for the payment made today. Kindly confirm receipt.',
      attachments: [file('Remittance_Advice_0412.js', 8_200)],
    }),
  },
  {
    id: 'en-loan-offer',
    label: 'spam',
    lang: 'en',
    draft: draft({
      to: ['someone@example.com'],
      subject: 'Loan offer at 2% interest rate – apply now',
      text: `Do you need a loan to pay your bills, start a business or consolidate your debt? We offer loans at 2% interest rate to individuals and companies.

Bad credit? No problem! No credit check, instant approval, guaranteed approval within 24 hours. Loans from $5,000 to $5,000,000.

Contact us today with the loan amount and duration. Private lender, fast and reliable.`,
    }),
  },
  {
    id: 'en-adult-dating',
    label: 'spam',
    lang: 'en',
    draft: draft({
      to: ['man@example.com'],
      subject: 'Hot singles in your area want to meet you',
      html: `<p>Hi handsome,</p><p>I saw your profile and I think we could have a lot of fun. I'm lonely tonight and looking for a man for a discreet hookup. See my private photos here:</p><p><a href="https://tinyurl.com/hot-katia22">My photos</a></p><p>Kisses, Katia</p>`,
    }),
  },
  {
    id: 'en-fake-delivery',
    label: 'spam',
    lang: 'en',
    draft: draft({
      to: ['someone@example.com'],
      subject: 'Your parcel could not be delivered',
      html: `<p>Dear Customer,</p><p>Your package could not be delivered because the customs fee of €1.99 has not been paid. Your parcel is waiting at our depot.</p>
<p>To reschedule your delivery, please pay the customs fee within 48 hours, otherwise the package will be returned to the sender.</p>
<p><a href="https://dhl-parcel-redelivery.info/pay">Pay now and reschedule</a></p><p>DHL Express</p>`,
    }),
  },
  {
    id: 'en-ceo-gift-cards',
    label: 'spam',
    lang: 'en',
    draft: draft({
      from: 'ceo.office.private@gmail.com',
      to: ['assistant@example.com'],
      subject: 'Quick favor',
      text: `Are you available? I need a favor. I am in a meeting and can't talk on the phone.

I need you to buy gift cards for some of our clients as a surprise. Purchase 5 Apple gift cards of $200 each, scratch the back and send me pictures of the codes. I will reimburse you today.

Keep this confidential, it is a surprise. Reply as soon as possible.

Sent from my iPhone`,
    }),
  },
  {
    id: 'en-apple-id-locked',
    label: 'spam',
    lang: 'en',
    draft: draft({
      to: ['user@example.com'],
      subject: 'Your Apple ID has been locked for security reasons',
      html: `<p>Dear Customer,</p><p>Your Apple ID has been locked because of suspicious activity. We noticed an unusual sign-in attempt from a new device.</p>
<p>To unlock your account, you must confirm your identity and update your payment information. If you do not verify your account within 24 hours, your account will be permanently disabled.</p>
<p><a href="http://apple-id-unlock.support-center-secure.com/login">Verify now</a></p><p>Apple Support</p>`,
    }),
  },
  {
    id: 'en-image-only',
    label: 'spam',
    lang: 'en',
    draft: draft({
      to: ['someone@example.com'],
      subject: 'Special offer inside',
      html: `<a href="http://promo-deals-today.xyz/r?id=5512"><img src="http://promo-deals-today.xyz/img/offer.jpg" width="600" height="800"></a>`,
    }),
  },
  {
    id: 'en-hidden-text-stuffing',
    label: 'spam',
    lang: 'en',
    draft: draft({
      to: ['someone@example.com'],
      subject: 'Your exclusive offer',
      html: `<p>Claim your free gift card now! Limited time offer.</p><p><a href="http://rewards-center.top/claim">CLAIM NOW</a></p>
<div style="color:#ffffff;font-size:1px">The committee met on Tuesday to discuss the annual budget and the garden project. Minutes were approved without changes. The library will extend its opening hours in the summer. Weather forecasts suggest a dry week with mild temperatures across the region. Volunteers are needed for the book fair and the children's reading club. The quarterly newsletter will be printed next month and distributed to all members of the association.</div>`,
    }),
  },
  {
    id: 'en-hype',
    label: 'spam',
    lang: 'en',
    draft: draft({
      to: ['someone@example.com'],
      subject: 'ACT NOW!!! 100% FREE $$$ INSIDE',
      text: `YOU HAVE BEEN SELECTED FOR AN EXCLUSIVE CASH BONUS!!!

THIS IS NOT SPAM. CLICK HERE NOW TO CLAIM YOUR $1000 FREE GIFT CARD!!! ONLY TODAY – WHILE SUPPLIES LAST!!!

$$$ DON'T MISS OUT $$$`,
    }),
  },
  {
    id: 'en-tax-refund',
    label: 'spam',
    lang: 'en',
    draft: draft({
      to: ['taxpayer@example.com'],
      subject: 'Tax refund notification',
      html: `<p>Dear Taxpayer,</p><p>After the last annual calculation of your fiscal activity we have determined that you are eligible to receive a tax refund of £468.50.</p>
<p>Please submit the tax refund request and allow us 5-7 days to process it. To access the form for your tax refund, <a href="http://hmrc-refund-gov.uk.refund-portal.ru/form">click here</a>.</p>
<p>A refund can be delayed for a variety of reasons, for example submitting invalid records or applying after the deadline.</p><p>HM Revenue &amp; Customs</p>`,
    }),
  },
  {
    id: 'en-attendee-list',
    label: 'spam',
    lang: 'en',
    draft: draft({
      to: ['marketing@example.com'],
      subject: 'RE: HIMSS 2024 Attendee List',
      text: `Hi,

Would you be interested in acquiring the HIMSS 2024 attendees list with verified contacts?

Attendee count: 42,000 records with name, title, company, phone and email database. We also provide mailing list of other healthcare events.

Let me know if you are interested and I will send you the pricing and a free sample.

Regards,
Emily Carter, Data Specialist

If you do not wish to receive further emails, reply with "Opt out".`,
    }),
  },
  {
    id: 'en-shared-document',
    label: 'spam',
    lang: 'en',
    draft: draft({
      to: ['employee@example.com'],
      subject: 'Jennifer has shared a file with you',
      html: `<p>Jennifer Moss has shared a document with you.</p><p><b>Q2_Payroll_Adjustments.pdf</b></p>
<p><a href="https://docs-share-view.web.app/auth/login.html">https://docs.google.com/document/d/1Qx7</a></p>
<p>You will need to sign in with your email password to view shared document.</p><p>This link will expire in 24 hours.</p>`,
    }),
  },
  {
    id: 'en-keto',
    label: 'spam',
    lang: 'en',
    draft: draft({
      to: ['someone@example.com'],
      subject: 'Doctors hate this one weird trick to lose weight fast',
      text: `Lose 20 pounds in 2 weeks without diet or exercise! This miracle pill burns fat while you sleep.

Scientifically proven, 100% natural, as seen on TV. Thousands of amazing results.

Order today and get a second bottle free – offer expires at midnight!
http://keto-burn-slim.shop/order`,
    }),
  },
  {
    id: 'en-replica-watches',
    label: 'spam',
    lang: 'en',
    draft: draft({
      to: ['someone@example.com'],
      subject: 'Rolex from $129 – best replica watches',
      text: `Luxury watches at unbeatable prices! Replica watches, designer handbags and more.

Swiss quality, lowest price guaranteed, free shipping worldwide. Buy now – limited stock!

Visit our website: www.luxe-replicas-store.top`,
    }),
  },
  {
    id: 'en-inheritance-bank',
    label: 'spam',
    lang: 'en',
    draft: draft({
      to: ['someone@example.com'],
      subject: 'Unclaimed inheritance fund in your name',
      text: `Attention,

I am Mr. David Mensah, an auditor with the Bank of Africa. During our annual audit we discovered a dormant account with a balance of $7,500,000 belonging to a deceased client who shares your surname.

I want you to stand as the beneficiary so that the bank can transfer the funds to you. We will share the money 50/50. The transaction is hitch-free and legal.

Send me your bank account details and a copy of your ID to begin the process.

Mr. David Mensah`,
    }),
  },
  {
    id: 'cs-vyhra-loterie',
    label: 'spam',
    lang: 'cs',
    draft: draft({
      to: ['uzivatel@seznam.cz'],
      subject: 'Gratulujeme! Vyhráli jste 500 000 Kč',
      text: `Vážený výherce,

s radostí vám oznamujeme, že vaše e-mailová adresa byla náhodně vybrána v mezinárodní loterii a vyhráli jste 500 000 Kč!

Pro převzetí výhry nám do 48 hodin zašlete své celé jméno, adresu, datum narození a číslo bankovního účtu. Poplatek za převod výhry činí pouze 990 Kč.

Klikněte zde a vyzvedněte si svou výhru: http://vyhra-cz.top/prevzit

Blahopřejeme!`,
    }),
  },
  {
    id: 'cs-phishing-ucet-bez-diakritiky',
    label: 'spam',
    lang: 'cs',
    draft: draft({
      to: ['klient@email.cz'],
      subject: 'Vas ucet bude zablokovan',
      html: `<p>Vazeny kliente,</p><p>zaznamenali jsme podezrelou aktivitu na vasem uctu. Vas ucet bude zablokovan, pokud do 24 hodin neoverite sve udaje.</p>
<p>Overte svuj ucet kliknutim na nasledujici odkaz:</p><p><a href="http://ib-overeni-klient.com/login">https://www.csas.cz/prihlaseni</a></p><p>V opacnem pripade bude vas ucet zrusen.</p><p>Bezpecnostni oddeleni</p>`,
    }),
  },
  {
    id: 'cs-pujcka',
    label: 'spam',
    lang: 'cs',
    draft: draft({
      to: ['nekdo@centrum.cz'],
      subject: 'Půjčka bez registru ihned na účet!!!',
      text: `Potřebujete rychle peníze? Nabízíme půjčku bez registru a bez doložení příjmu až do 500 000 Kč.

Okamžité schválení, peníze ihned na účet. Půjčka pro každého, i pro dlužníky a důchodce. Žádné skryté poplatky!

Neváhejte a zavolejte ihned: 777 000 111`,
    }),
  },
  {
    id: 'cs-sextortion',
    label: 'spam',
    lang: 'cs',
    draft: draft({
      to: ['obet@seznam.cz'],
      subject: 'Mám přístup k vašemu zařízení',
      text: `Dobrý den,

jsem profesionální hacker a získal jsem přístup k vašemu zařízení. Když jste navštívil stránky pro dospělé, nahrál jsem vás přes vaši webkameru.

Pokud nechcete, abych video poslal všem vašim kontaktům, pošlete 1 200 USD v bitcoinech na tuto adresu: bc1q9h6yzs6h3rk8d0gwqmq4dl4vq0hz9yv3lxqf7e

Máte 48 hodin. Po přijetí platby video smažu. Nekontaktujte policii.`,
    }),
  },
  {
    id: 'cs-zasilka-doplatek',
    label: 'spam',
    lang: 'cs',
    draft: draft({
      to: ['zakaznik@email.cz'],
      subject: 'Vaše zásilka čeká na doplatek',
      html: `<p>Dobrý den,</p><p>vaši zásilku se nepodařilo doručit, protože nebyl uhrazen celní poplatek 39 Kč. Zásilka bude vrácena odesílateli, pokud poplatek neuhradíte do 48 hodin.</p>
<p><a href="http://ceska-posta-doplatek.top/platba">Zaplatit doplatek za doručení</a></p><p>Česká pošta</p>`,
    }),
  },
  {
    id: 'cs-prace-z-domova',
    label: 'spam',
    lang: 'cs',
    draft: draft({
      to: ['nekdo@seznam.cz'],
      subject: 'Vydělávejte až 80 000 Kč měsíčně z domova',
      text: `Hledáme nové spolupracovníky! Pracujte z domova jen 2 hodiny denně a vydělávejte až 80 000 Kč měsíčně.

Bez zkušeností, bez vstupní investice. Buďte svým vlastním šéfem a získejte finanční svobodu. Náš osvědčený systém funguje i když spíte.

Počet míst je omezen, jednejte ihned! Klikněte zde: http://prace-doma.biz/registrace`,
    }),
  },
  {
    id: 'cs-nigerijsky-dopis',
    label: 'spam',
    lang: 'cs',
    draft: draft({
      to: ['nekdo@example.cz'],
      subject: 'Obchodní návrh - přísně důvěrné',
      text: `Drahý příteli,

jsem advokát Dr. Samuel Adeyemi a oslovuji vás ohledně vzájemného prospěchu. Můj zesnulý klient zanechal v bance 8 500 000 USD a nemá žádného nejbližšího příbuzného.

Hledám důvěryhodnou osobu ze zahraničí, která by vystupovala jako nejbližší příbuzný. Dostanete 40 % z celkové částky. Transakce je bez rizika a 100% legální.

Prosím zašlete mi vaše celé jméno, telefon a vaše bankovní údaje.

S pozdravem
Dr. Samuel Adeyemi`,
    }),
  },
  {
    id: 'cs-krypto',
    label: 'spam',
    lang: 'cs',
    draft: draft({
      to: ['investor@seznam.cz'],
      subject: 'Garantovaný zisk až 300 % - bitcoin',
      text: `Dobrý den,

naše investiční platforma s umělou inteligencí vám zajistí garantovaný zisk a denní zisk až 5 %. Stačí vložit 250 EUR a sledovat, jak vaše peníze rostou.

Tisíce Čechů už zbohatly. Bez rizika, výběr kdykoli. Staňte se milionářem ještě letos!

Zaregistrujte se zdarma: https://bit.ly/krypto-cz-ai`,
    }),
  },
  {
    id: 'cs-viagra',
    label: 'spam',
    lang: 'cs',
    draft: draft({
      to: ['muz@email.cz'],
      subject: 'Viagra bez předpisu - sleva 70 %',
      text: `Online lékárna bez receptu! Viagra, Cialis a další přípravky na potenci s diskrétním doručením po celé ČR.

Zázračné pilulky pro dokonalý výkon. 100% garance vrácení peněz.

Objednejte ihned: www.lekarna-bez-receptu.top`,
    }),
  },
  {
    id: 'cs-schranka-plna',
    label: 'spam',
    lang: 'cs',
    draft: draft({
      to: ['zamestnanec@firma-example.cz'],
      subject: 'Upozornění: vaše schránka je plná',
      html: `<p>Vážený uživateli e-mailu,</p><p>vaše poštovní schránka je plná a překročila limit. Nové zprávy jsou pozdrženy.</p>
<p>Zadejte své heslo a ověřte svůj účet do 24 hodin, jinak bude váš účet deaktivován.</p><p><a href="http://203.0.113.55/webmail/overeni.php">Ověřit schránku</a></p><p>Správce pošty</p>`,
    }),
  },
  {
    id: 'cs-seo',
    label: 'spam',
    lang: 'cs',
    draft: draft({
      to: ['info@firma-example.cz'],
      subject: 'Váš web není na první stránce Googlu',
      text: `Dobrý den,

prohlížel jsem váš web a všiml jsem si, že se nezobrazuje na první stránce Googlu. Přicházíte tak o zákazníky.

Nabízíme SEO služby, zpětné odkazy z kvalitních webů, PR články a zvýšení návštěvnosti až o 300 %. Výsledky garantujeme.

Mohu vám zdarma poslat analýzu? Stačí odpovědět ANO.`,
    }),
  },
  {
    id: 'de-phishing-konto',
    label: 'spam',
    lang: 'de',
    draft: draft({
      to: ['kunde@example.de'],
      subject: 'Ihr Konto wurde eingeschränkt',
      html: `<p>Sehr geehrter Kunde,</p><p>wir haben ungewöhnliche Aktivität festgestellt. Ihr Konto wurde eingeschränkt. Bitte bestätigen Sie Ihr Konto innerhalb von 24 Stunden, sonst wird Ihr Konto gesperrt.</p>
<p><a href="http://sparkasse-sicherheit.konto-check.info/login">https://www.sparkasse.de/login</a></p><p>Ihr Sicherheitsteam</p>`,
    }),
  },
  {
    id: 'fr-loterie',
    label: 'spam',
    lang: 'fr',
    draft: draft({
      to: ['quelquun@example.fr'],
      subject: 'Félicitations, vous avez gagné !!!',
      text: `Cher gagnant,

Félicitations ! Votre adresse e-mail a été sélectionnée au hasard et vous avez gagné 750 000 euros à la loterie internationale.

Pour réclamer votre prix, envoyez-nous votre nom complet, votre adresse et vos coordonnées bancaires. Des frais de dossier de 150 euros sont nécessaires.

Cliquez ici pour confirmer : http://loterie-gagnant.top/fr`,
    }),
  },
  {
    id: 'es-ganador',
    label: 'spam',
    lang: 'es',
    draft: draft({
      to: ['alguien@example.es'],
      subject: '¡Usted ha ganado un iPhone 15!',
      text: `Estimado cliente,

¡Felicidades! Usted ha ganado un iPhone 15 totalmente gratis. Solo tiene que pagar 1,95 € de envío.

Oferta limitada, última oportunidad: haga clic aquí para reclamar su premio antes de que expire: https://tinyurl.com/premio-iphone-es`,
    }),
  },
  {
    id: 'sk-vyhra',
    label: 'spam',
    lang: 'sk',
    draft: draft({
      to: ['niekto@azet.sk'],
      subject: 'Vyhrali ste 10 000 €!',
      text: `Vážený výherca,

stali ste sa výhercom v našej lotérii a vyhrali ste 10 000 €! Na prevzatie výhry kliknite sem a overte svoj účet do 24 hodín.

http://vyhra-sk.top/prevziat

Blahoželáme!`,
    }),
  },
  {
    id: 'en-password-expiry-phish',
    label: 'spam',
    lang: 'en',
    draft: draft({
      to: ['employee@example.com'],
      subject: 'Password Expiration Notice',
      html: `<p>Your mailbox password expires today.</p><p>To keep using your current password, confirm it below. Failure to do so will lock your account.</p>
<p><a href="https://office365-keep-password.web-auth.top/keep">Keep Same Password</a></p><p>IT Service Desk</p>`,
    }),
  },
  {
    id: 'en-bec-bank-change',
    label: 'spam',
    lang: 'en',
    draft: draft({
      from: 'accounts.receivable@suppller-parts.com',
      to: ['ap@example.com'],
      subject: 'Updated payment instructions',
      text: `Hello,

Please be informed that we have changed our bank account due to an ongoing audit. Kindly use the new bank details below for the outstanding invoice and all future payments:

Bank: First Meridian Bank
Account name: Precision Parts Ltd
IBAN: GB29 NWBK 6016 1331 9268 19

Kindly confirm once the payment has been made. Please keep this confidential until the audit is complete.

Regards,
Accounts Receivable`,
    }),
  },
  {
    id: 'en-pending-messages',
    label: 'spam',
    lang: 'en',
    draft: draft({
      to: ['user@example.com'],
      subject: 'You have (3) pending messages',
      html: `<p>Microsoft 365</p><p>You have 3 undelivered messages held in your quarantine. Release your messages now to avoid automatic deletion within 48 hours.</p>
<p><a href="https://m365-release.quarantine-portal.icu/login?u=user@example.com">Release Messages</a></p>`,
    }),
  },
  {
    id: 'en-remote-job-scam',
    label: 'spam',
    lang: 'en',
    draft: draft({
      to: ['candidate@example.com'],
      subject: 'Remote job offer – $500 per day',
      text: `Hello,

We are hiring remote assistants. Work from home just 1-2 hours a day and earn $500 per day. No experience needed, training provided.

To get started, simply reply with your full name, age and WhatsApp number. Positions are limited!

HR Department`,
    }),
  },
  {
    id: 'en-short-419',
    label: 'spam',
    lang: 'en',
    draft: draft({
      to: ['someone@example.com'],
      subject: 'Good day',
      text: 'I have a confidential business proposal worth US$25.5 Million for you. Kindly reply to my private email for more details. Mr. Chen Wong',
    }),
  },
  {
    id: 'en-html-attachment-phish',
    label: 'spam',
    lang: 'en',
    draft: draft({
      to: ['finance@example.com'],
      subject: 'Payment confirmation',
      text: 'Please open the attached payment confirmation and sign in with your email password to view the document.',
      attachments: [file('Payment_Confirmation_88213.html', 4_200)],
    }),
  },
  {
    id: 'cs-seznamka',
    label: 'spam',
    lang: 'cs',
    draft: draft({
      to: ['muz@seznam.cz'],
      subject: 'Ahoj, jsem Lenka 😘😘😘',
      text: `Ahoj fešáku,

viděla jsem tvůj profil a moc se mi líbíš. Jsem osamělá a hledám muže na diskrétní setkání. Moje soukromé fotky najdeš tady: https://bit.ly/lenka-foto

Ženy ve vašem okolí čekají!`,
    }),
  },
  {
    id: 'en-cyrillic-paypal',
    label: 'spam',
    lang: 'en',
    draft: draft({
      to: ['client@example.com'],
      subject: 'Ρaypal: unusual activity',
      text: 'Dear customer, we noticed unusual activity on your Рaypal account. Confirm your identity within 24 hours: http://paypal-security-check.top/confirm',
    }),
  },
];
