// Legitimate drafts written for Preflight's labelled set: ordinary business and personal mail,
// replies, newsletters and invoices, in English and Czech (some Czech without diacritics).
import { draft, file, type CorpusSample } from './types';

const NEWSLETTER_SAAS = `<!DOCTYPE html><html><head><style>body{font-family:Arial} .btn{background:#2b6cb0;color:#ffffff}</style></head>
<body style="background-color:#f4f4f4">
<div style="display:none;max-height:0;overflow:hidden">Faster dashboards, new export options and our spring webinar schedule.</div>
<table width="600" align="center" bgcolor="#ffffff"><tr><td>
<a href="https://app.tasklane.io/newsletter/view?id=8812">View this email in your browser</a>
<img src="https://cdn.tasklane.io/mail/logo.png" width="140" height="40" alt="Tasklane">
<h1>What's new in Tasklane – April</h1>
<p>Hi Martin,</p>
<p>This month we shipped the features you asked for most. Dashboards now load up to three times faster, even for boards with thousands of cards, because we moved rendering to the background.</p>
<p><b>Export to CSV and Excel.</b> Any board or filtered view can now be exported. Open the board menu and choose Export; the file keeps your custom fields.</p>
<img src="https://cdn.tasklane.io/mail/export.png" width="560" height="300" alt="Export menu">
<p><b>Recurring tasks.</b> Weekly reports and monthly invoices can now repeat on their own, with the assignee and checklist copied each time.</p>
<p><b>Spring webinars.</b> Join our product team on May 7 for a 30-minute tour of reporting features, with time for questions at the end.</p>
<p><a class="btn" href="https://tasklane.io/webinars/spring" style="background:#2b6cb0;color:#ffffff;padding:10px 18px">Save your seat</a></p>
<p>As always, reply to this email if something is not working for you. Every message is read by a person on our support team.</p>
<p>Thanks for building with us,<br>The Tasklane team</p>
<p style="font-size:12px;color:#777777">Tasklane s.r.o., Karlova 12, Praha 1. You are receiving this email because you signed up for product updates.
<a href="https://tasklane.io/preferences">Manage your preferences</a> or <a href="https://tasklane.io/unsubscribe?u=8812">unsubscribe</a>.</p>
<img src="https://t.tasklane.io/open/8812.gif" width="1" height="1" alt="">
</td></tr></table></body></html>`;

const NEWSLETTER_RETAIL = `<html><body>
<div style="display:none">Spring collection is here, plus free delivery on orders over $50.</div>
<table width="640" align="center"><tr><td>
<a href="https://www.northtrail-outfitters.com/email/web?c=spring24">View in browser</a>
<a href="https://www.northtrail-outfitters.com/?utm_source=email"><img src="https://img.northtrail-outfitters.com/email/logo.png" width="200" alt="Northtrail Outfitters"></a>
<img src="https://img.northtrail-outfitters.com/email/spring-hero.jpg" width="640" height="420" alt="New spring jackets">
<h2>The spring collection has landed</h2>
<p>Lightweight rain shells, breathable hiking shirts and the return of our best-selling trail shoes in four new colours. Everything is designed to pack small and dry fast.</p>
<p>Members save 20% on the new collection through Sunday, and delivery is free on orders over $50.</p>
<p><a href="https://www.northtrail-outfitters.com/spring?utm_source=email">Shop the collection</a></p>
<table><tr>
<td><img src="https://img.northtrail-outfitters.com/email/shell.jpg" width="200" alt="Rain shell"><br>Cirrus Rain Shell<br>$129</td>
<td><img src="https://img.northtrail-outfitters.com/email/shirt.jpg" width="200" alt="Hiking shirt"><br>Ridge Sun Shirt<br>$54</td>
<td><img src="https://img.northtrail-outfitters.com/email/shoe.jpg" width="200" alt="Trail shoe"><br>Switchback Trail Shoe<br>$139</td>
</tr></table>
<p>Not sure about sizing? Our fit guide has measurements for every product, and returns are free within 60 days.</p>
<p><a href="https://www.northtrail-outfitters.com/fit-guide">Read the fit guide</a> · <a href="https://www.northtrail-outfitters.com/stores">Find a store</a></p>
<p style="font-size:11px;color:#888888">Northtrail Outfitters, 410 Pine Street, Portland, OR 97204. You received this email because you are a Northtrail member.
If you no longer wish to receive these emails, <a href="https://www.northtrail-outfitters.com/unsubscribe?m=44">unsubscribe here</a>.</p>
<img src="https://email.northtrail-outfitters.com/o/44.gif" width="1" height="1">
</td></tr></table></body></html>`;

const NEWSLETTER_CS = `<html><body>
<div style="display:none;font-size:1px;color:#ffffff">Nové kurzy na podzim a sleva pro stávající studenty.</div>
<p><a href="https://www.jazykovka-brno.cz/newsletter/web/2024-09">Zobrazit v prohlížeči</a></p>
<img src="https://www.jazykovka-brno.cz/img/logo.png" width="180" alt="Jazyková škola Brno">
<h2>Podzimní kurzy začínají 2. října</h2>
<p>Dobrý den,</p>
<p>na podzim otevíráme večerní kurzy angličtiny, němčiny a španělštiny pro začátečníky i pokročilé. Výuka probíhá dvakrát týdně v malých skupinách do osmi studentů, a to prezenčně v Brně nebo online.</p>
<p>Stávající studenti mají na podzimní semestr slevu 10 %. Přihlášky přijímáme do 25. září, případně do naplnění kapacity.</p>
<p><a href="https://www.jazykovka-brno.cz/kurzy/podzim">Prohlédnout kurzy a rozvrh</a></p>
<p>Nevíte, kterou úroveň zvolit? Vyplňte krátký rozřazovací test, nebo nám zavolejte na 541 000 111 a poradíme vám.</p>
<p>Těšíme se na vás,<br>tým Jazykové školy Brno</p>
<p style="font-size:11px;color:#888888">Jazyková škola Brno, s.r.o., Veveří 15, 602 00 Brno. Tento e-mail jste obdrželi, protože jste náš student nebo odběratel novinek.
<a href="https://www.jazykovka-brno.cz/odhlasit?e=771">Odhlásit se z odběru</a>.</p>
</body></html>`;

const NEWSLETTER_BLOG = `<html><body>
<p>Hi friends,</p>
<p>This week I finally finished the long piece on sourdough hydration that many of you asked about after the last issue. It covers why wetter doughs give a more open crumb, how to handle them without a mixer, and the three mistakes I made for a whole year.</p>
<p><a href="https://crumbandcrust.substack.com/p/hydration">Read the full post</a></p>
<p>Also new: a printable baking schedule for people who work office hours. Start the levain before bed, mix before work, shape in the evening and bake the next morning.</p>
<img src="https://substackcdn.com/image/fetch/schedule.png" width="500" alt="Baking schedule">
<p>Thanks for reading, and happy baking!<br>Eliška</p>
<p style="font-size:12px;color:#999999">You're receiving this because you subscribed to Crumb &amp; Crust. <a href="https://crumbandcrust.substack.com/action/disable_email">Unsubscribe</a></p>
</body></html>`;

export const clean: CorpusSample[] = [
  {
    id: 'en-meeting-reschedule',
    label: 'clean',
    lang: 'en',
    draft: draft({
      to: ['Tom Becker <tom.becker@harbourlogistics.co.uk>'],
      subject: 'Moving Thursday’s review to 3 pm',
      text: `Hi Tom,

Something came up with the auditors on Thursday morning, so could we move our quarterly review from 10:00 to 15:00? Same room, and the dial-in stays the same.

If the afternoon does not work for you, Friday morning is also free on my side.

Thanks,
Jana`,
    }),
  },
  {
    id: 'en-invoice-attached',
    label: 'clean',
    lang: 'en',
    draft: draft({
      from: 'billing@brightpixel-studio.com',
      to: ['accounts@meridian-foods.com'],
      subject: 'Invoice 2024-0142 for March design work',
      text: `Hello,

Please find attached invoice 2024-0142 for the packaging design work delivered in March, in the amount of EUR 4,850.00.

Payment is due within 30 days by bank transfer to the account shown on the invoice. If you need a purchase order number added, let me know and I will send a corrected copy.

Kind regards,
Marta Holub
BrightPixel Studio`,
      attachments: [file('Invoice-2024-0142.pdf', 184_233, 'application/pdf')],
    }),
  },
  {
    id: 'en-reply-quoted',
    label: 'clean',
    lang: 'en',
    draft: draft({
      to: ['sarah.lee@fieldnotes.org'],
      subject: 'Re: Draft chapter 3',
      isReply: true,
      text: `Thanks Sarah, these comments are really helpful. I agree the second section drags; I'll cut the historical detour and move the interview quotes up. New version by Monday.

On Tue, 12 Mar 2024 at 09:14, Sarah Lee <sarah.lee@fieldnotes.org> wrote:
> I've read chapter 3. The opening is strong, but the middle loses momentum.
> Could you tighten section two? Also, please find attached my notes.`,
    }),
  },
  {
    id: 'en-project-update',
    label: 'clean',
    lang: 'en',
    draft: draft({
      to: ['team-platform@northwind.dev'],
      cc: ['cto@northwind.dev'],
      subject: 'Platform migration: week 6 update',
      text: `Hi all,

Quick status on the migration to the new cluster:

- Services moved: 14 of 22. Billing and search went over on Tuesday without downtime.
- Open issue: the reporting job still times out on the new storage class. Priya is testing a larger volume; we expect a fix by Friday.
- Next: the auth service, planned for Wednesday night. We will post in #platform two hours before we start.

Costs are tracking 8% under the estimate, mostly thanks to the reserved instances we bought in February.

Please raise anything that blocks your team in the Thursday sync or reply here.

Best,
Daniel`,
    }),
  },
  {
    id: 'en-newsletter-saas',
    label: 'clean',
    lang: 'en',
    draft: draft({
      from: 'news@tasklane.io',
      to: ['martin.k@example.com'],
      subject: "What's new in Tasklane: faster dashboards and CSV export",
      html: NEWSLETTER_SAAS,
    }),
  },
  {
    id: 'en-newsletter-retail',
    label: 'clean',
    lang: 'en',
    draft: draft({
      from: 'hello@northtrail-outfitters.com',
      to: ['member@example.com'],
      subject: 'The spring collection is here',
      html: NEWSLETTER_RETAIL,
    }),
  },
  {
    id: 'en-newsletter-blog',
    label: 'clean',
    lang: 'en',
    draft: draft({
      from: 'crumbandcrust@substack.com',
      to: ['reader@example.com'],
      subject: 'Sourdough hydration, explained',
      html: NEWSLETTER_BLOG,
    }),
  },
  {
    id: 'en-birthday',
    label: 'clean',
    lang: 'en',
    draft: draft({
      to: ['aunt.helen@gmail.com'],
      subject: 'Happy birthday!',
      text: `Dear Helen,

Happy birthday!! I hope you have a lovely day with Robert and the grandkids. We are sorry we can't be there in person this year, but we'll call you this evening.

The parcel should arrive on Saturday. Don't open it before then!

Lots of love,
Anna`,
    }),
  },
  {
    id: 'en-job-application',
    label: 'clean',
    lang: 'en',
    draft: draft({
      from: 'lukas.dvorak@gmail.com',
      to: ['careers@greenfield-analytics.com'],
      subject: 'Application for the Data Analyst position (ref. DA-2024-07)',
      text: `Dear Hiring Team,

I would like to apply for the Data Analyst position advertised on your website. I have three years of experience building reporting pipelines in SQL and Python at a logistics company, where I reduced the monthly close reporting from four days to one.

I have attached my CV and a short portfolio with two anonymised projects. I would be glad to discuss how I could contribute to your team.

Kind regards,
Lukáš Dvořák`,
      attachments: [
        file('Lukas_Dvorak_CV.pdf', 212_000, 'application/pdf'),
        file('Portfolio.pdf', 1_850_000, 'application/pdf'),
      ],
    }),
  },
  {
    id: 'en-urgent-outage',
    label: 'clean',
    lang: 'en',
    draft: draft({
      to: ['oncall@shopwise.com'],
      subject: 'Urgent: checkout errors since 14:05',
      text: `Hi,

Urgent: since 14:05 about 12% of checkout requests fail with a 502 from the payment gateway. I've rolled back today's deploy but the error rate is unchanged, so it looks like it's on the provider side.

I've opened a ticket with them (case 88213). Can someone from the payments team join the incident call? Link is in the channel.

Thanks,
Ravi`,
    }),
  },
  {
    id: 'en-free-workshop',
    label: 'clean',
    lang: 'en',
    draft: draft({
      from: 'events@citylibrary.org',
      to: ['members@citylibrary.org'],
      subject: 'Free workshop: getting started with genealogy research',
      text: `Hello,

The library is hosting a free workshop on family history research on Saturday, 18 May, from 10:00 to 12:00 in the reading room on the second floor.

Our archivist will show how to search parish registers and census records online, and how to keep notes so you don't lose track of sources. The workshop is free of charge, but places are limited to 20, so please register at the front desk or by replying to this email.

Best wishes,
Claire Morton
City Library`,
    }),
  },
  {
    id: 'en-price-quote',
    label: 'clean',
    lang: 'en',
    draft: draft({
      from: 'sales@precisionparts.eu',
      to: ['procurement@atlasmachinery.com'],
      subject: 'Quotation for 500 machined brackets',
      text: `Dear Mr. Okafor,

Thank you for your enquiry. Our offer for 500 aluminium brackets according to drawing AB-220 rev. C is as follows:

Unit price: EUR 7.40
Tooling (one-off): EUR 350.00
Delivery: 4 weeks after order, DAP Rotterdam

For orders above 1,000 pieces we can offer a 6% discount on the unit price. The quotation is valid for 60 days. The detailed quotation is attached.

Best regards,
Eva Richter
Precision Parts`,
      attachments: [file('Quotation_Q-5531.pdf', 96_000, 'application/pdf')],
    }),
  },
  {
    id: 'en-meeting-invite',
    label: 'clean',
    lang: 'en',
    draft: draft({
      to: ['anna@lumen-research.org', 'ben@lumen-research.org', 'chris@partner-university.edu'],
      subject: 'Kick-off meeting for the soil sensor project – agenda',
      text: `Hi everyone,

Thanks for confirming. Our kick-off meeting is on Monday 3 June, 13:00–14:30 CET, on Zoom: https://us02web.zoom.us/j/81234567890

Agenda:
1. Introductions and roles (10 min)
2. Work packages and timeline (30 min)
3. Data sharing agreement (20 min)
4. Next steps (10 min)

Please read the project summary beforehand if you haven't yet.

Best,
Maria`,
    }),
  },
  {
    id: 'en-thank-you',
    label: 'clean',
    lang: 'en',
    draft: draft({
      to: ['george.fielding@outlook.com'],
      subject: 'Thank you for yesterday',
      text: `Hi George,

Thank you for showing us around the workshop yesterday. The kids haven't stopped talking about the lathe. If you're ever in Brno, dinner is on us.

All the best,
Petra`,
    }),
  },
  {
    id: 'en-support-reply',
    label: 'clean',
    lang: 'en',
    draft: draft({
      from: 'support@cloudnotes.app',
      to: ['j.morales@example.net'],
      subject: 'Re: Can’t sync notes on my iPad',
      isReply: true,
      text: `Hi Javier,

Sorry for the trouble. This happens when the iPad app is on version 4.1 and the desktop app on 4.3. Please update the iPad app from the App Store, then pull down on the notes list to sync again.

If the notes still don't appear, send me the time of the last successful sync from Settings > Account and I'll look at the logs.

Best,
Hannah
CloudNotes Support`,
    }),
  },
  {
    id: 'en-hr-policy',
    label: 'clean',
    lang: 'en',
    draft: draft({
      from: 'hr@kestrel-engineering.com',
      to: ['all-staff@kestrel-engineering.com'],
      subject: 'Updated travel expense policy from 1 July',
      text: `Dear colleagues,

From 1 July, the travel expense policy changes in three ways:

1. Hotel limits are raised to EUR 140 per night in capital cities.
2. Receipts must be uploaded within 30 days of the trip.
3. Rail is the default for trips under 500 km.

The full policy is on the intranet under HR > Policies. Please read it before your next trip, and ask your manager or the HR team if anything is unclear.

Thank you,
Human Resources`,
    }),
  },
  {
    id: 'en-forwarded-note',
    label: 'clean',
    lang: 'en',
    draft: draft({
      to: ['lena.ortiz@example.com'],
      subject: 'Fwd: Parking permits for the new office',
      text: `Lena, FYI – see below about the parking permits. Can you collect forms from your team by Friday?

---------- Forwarded message ---------
From: Facilities <facilities@example.com>
Date: Mon, 8 Apr 2024 at 11:02
Subject: Parking permits for the new office
To: Team leads

Hello team leads,
Please send us the number of parking permits your team needs by 15 April.`,
    }),
  },
  {
    id: 'en-it-password-notice',
    label: 'clean',
    lang: 'en',
    draft: draft({
      from: 'it-helpdesk@ferncroft.ac.uk',
      to: ['staff@ferncroft.ac.uk'],
      subject: 'Planned maintenance of the staff email system on Saturday',
      text: `Dear staff,

The staff email system will be unavailable on Saturday 20 April from 07:00 to 11:00 while we upgrade the servers. Mail sent to you during that time will be delivered once the work is finished.

No action is needed from you. The IT Helpdesk will never ask for your password by email; if you receive such a message, please forward it to us.

IT Helpdesk, room B014, extension 4400`,
    }),
  },
  {
    id: 'en-cfp',
    label: 'clean',
    lang: 'en',
    draft: draft({
      from: 'chairs@eurohci-workshop.org',
      to: ['hci-announce@lists.example.org'],
      subject: 'Call for papers: Workshop on Accessible Visualisation (deadline 30 June)',
      text: `Dear colleagues,

We invite submissions to the Workshop on Accessible Visualisation, held with EuroHCI 2024 in Ljubljana on 23 September.

We welcome short papers (4 pages) on screen-reader access to charts, sonification, tactile graphics and evaluation methods. Submissions are due on 30 June; notifications will be sent by 25 July.

Details and the submission link: https://eurohci-workshop.org/accessvis

Please forward this call to colleagues who may be interested.

The workshop chairs`,
    }),
  },
  {
    id: 'en-sales-followup',
    label: 'clean',
    lang: 'en',
    draft: draft({
      from: 'oliver.grant@ledgerly.com',
      to: ['finance.director@harbor-dental.com'],
      subject: 'Following up on our call about invoice automation',
      text: `Hi Ms. Patel,

Thanks again for the call on Tuesday. As promised, here is a short summary:

- Ledgerly reads supplier invoices from your inbox and suggests the ledger account.
- Your team approves them in one click; the export goes to your accounting system every night.
- The trial is free for 30 days and does not need a credit card.

If it helps, I can set up the trial with a few of your real invoices so you can see the results before deciding. Would next Wednesday suit you for a 20-minute walkthrough?

Best regards,
Oliver Grant`,
    }),
  },
  {
    id: 'en-order-receipt',
    label: 'clean',
    lang: 'en',
    draft: draft({
      from: 'orders@inkwell-stationery.com',
      to: ['d.hughes@example.com'],
      subject: 'Your Inkwell order #10482 has shipped',
      html: `<p>Hi Daniel,</p><p>Good news: your order <b>#10482</b> left our warehouse today and should arrive in 2–3 working days.</p>
<table><tr><td>Leather notebook A5</td><td>£24.00</td></tr><tr><td>Fountain pen ink, blue</td><td>£8.50</td></tr><tr><td>Delivery</td><td>£3.95</td></tr><tr><td><b>Total</b></td><td><b>£36.45</b></td></tr></table>
<p>You can follow the parcel here: <a href="https://www.royalmail.com/track-your-item#/tracking-results/QF123456789GB">QF123456789GB</a></p>
<p>Thank you for shopping with us,<br>Inkwell Stationery</p>`,
    }),
  },
  {
    id: 'en-school-parents',
    label: 'clean',
    lang: 'en',
    draft: draft({
      from: 'class3b.teacher@maplewood-school.org',
      to: ['class3b.teacher@maplewood-school.org'],
      bcc: Array.from({ length: 24 }, (_, i) => `parent${i + 1}@example.com`),
      subject: 'Class 3B trip to the science museum on 14 May',
      text: `Dear parents,

Class 3B will visit the science museum on Tuesday 14 May. We leave school at 8:45 and return by 14:30.

Please send a packed lunch and a water bottle, and return the signed consent form by Friday. The trip costs £6 per child, payable through the school app.

Many thanks,
Ms. Carter`,
    }),
  },
  {
    id: 'en-landlord',
    label: 'clean',
    lang: 'en',
    draft: draft({
      to: ['r.whitfield@btinternet.com'],
      subject: 'Boiler repair at flat 4',
      text: `Dear Mr. Whitfield,

The boiler in flat 4 stopped heating water on Sunday. The engineer from HeatRight came today and said the pressure valve needs replacing; he can do it on Thursday for £145 including parts.

Could you confirm that you're happy for me to book him? I can be home to let him in.

Thank you,
Sofia Marin`,
    }),
  },
  {
    id: 'en-bank-details-for-invoice',
    label: 'clean',
    lang: 'en',
    draft: draft({
      from: 'office@vltava-translations.cz',
      to: ['ap@oakridge-publishing.com'],
      subject: 'Bank details for invoice 88/2024',
      text: `Dear Ms. Brooks,

As requested, here are our bank details for invoice 88/2024 (amount EUR 1,240.00):

Account holder: Vltava Translations s.r.o.
IBAN: CZ65 0800 0000 1920 0014 5399
BIC: GIBACZPX

These are the same details as on all our previous invoices. Please use the invoice number as the payment reference.

Best regards,
Tereza Malá`,
    }),
  },
  {
    id: 'en-contract-review',
    label: 'clean',
    lang: 'en',
    draft: draft({
      to: ['legal@brookside-partners.com'],
      subject: 'Services agreement – our comments',
      text: `Hi Alan,

Attached is the services agreement with our comments in tracked changes. The main points are the liability cap in clause 9 and the notice period in clause 14.

Could your team review them this week? We would like to sign before the end of the month.

Thanks,
Karolína`,
      attachments: [
        file(
          'Services_Agreement_v3_comments.docx',
          88_400,
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        ),
      ],
    }),
  },
  {
    id: 'en-travel-itinerary',
    label: 'clean',
    lang: 'en',
    draft: draft({
      to: ['mum.and.dad@seznam.cz'],
      subject: 'Our travel plans for July',
      text: `Hi both,

Here are our plans so you know where we are:

- 6 July: fly Prague → Lisbon, 2 nights in Alfama
- 8–12 July: road trip along the coast to Lagos
- 13 July: back home in the evening

We'll have our phones with us the whole time. Can you water the tomatoes while we're away?

Love,
Jakub`,
    }),
  },
  {
    id: 'en-product-announcement',
    label: 'clean',
    lang: 'en',
    draft: draft({
      from: 'product@fieldcam.io',
      to: ['customers@fieldcam.io'],
      subject: 'FieldCam 5 is available',
      html: `<p>Hello,</p><p>FieldCam 5 is now available for all customers. The update brings offline maps, faster photo uploads on weak connections and a new report layout that your clients can read on a phone.</p>
<p>Your apps will update automatically over the next few days. The full release notes are on our website: <a href="https://fieldcam.io/release-notes/5-0">fieldcam.io/release-notes/5-0</a>.</p>
<p>If you manage devices centrally, you can download the installer from the admin console.</p><p>The FieldCam team</p>`,
    }),
  },
  {
    id: 'en-charity-appeal',
    label: 'clean',
    lang: 'en',
    draft: draft({
      from: 'volunteers@riverbankfoodbank.org',
      to: ['supporters@riverbankfoodbank.org'],
      subject: 'Help us stock the shelves before the summer holidays',
      text: `Dear friends of the food bank,

During the school holidays, families who rely on free school meals need more help. Last summer we gave out 40% more parcels than in spring.

You can help by donating long-life food at any partner supermarket, volunteering for a Saturday shift, or giving online at https://riverbankfoodbank.org/donate.

Thank you for everything you already do,
Grace Adeyemi, volunteer coordinator`,
    }),
  },
  {
    id: 'en-team-lunch',
    label: 'clean',
    lang: 'en',
    draft: draft({
      to: ['design-team@sprocket.studio'],
      subject: 'Pizza on Friday to celebrate the launch',
      text: `Hey team,

We shipped! To celebrate, there will be free pizza in the kitchen on Friday at 12:30. Vegan and gluten-free options included – tell me by Thursday if you have other needs.

Well done, everyone!
Mia`,
    }),
  },
  {
    id: 'en-short-note',
    label: 'clean',
    lang: 'en',
    draft: draft({
      to: ['sam@lakeside.coop'],
      subject: 'Keys',
      text: 'Hi Sam, I left the keys with the neighbour at number 12. See you tomorrow. – Ella',
    }),
  },
  {
    id: 'en-quarterly-report',
    label: 'clean',
    lang: 'en',
    draft: draft({
      to: ['board@sunridge-energy.com'],
      subject: 'Q1 results and board pack',
      text: `Dear board members,

Please find enclosed the board pack for the meeting on 22 April. Highlights for Q1:

- Revenue of $2.5 million, up 14% on Q1 last year
- Gross margin at 38%, in line with plan
- Two new municipal contracts signed in March

The spreadsheet has the detailed figures by region.

Regards,
Henrik Sørensen, CFO`,
      attachments: [
        file('Board_pack_Q1.pdf', 3_400_000, 'application/pdf'),
        file('Q1_figures.xlsx', 145_000),
      ],
    }),
  },
  {
    id: 'en-large-files-ok',
    label: 'clean',
    lang: 'en',
    draft: draft({
      to: ['print@copyhouse.co.uk'],
      subject: 'Print files for the brochure',
      text: 'Hi, the print-ready files for the 24-page brochure are attached (cover and inner pages). 500 copies on 150 g silk, please. Thanks, Jon',
      attachments: [file('brochure_cover.pdf', 3_100_000), file('brochure_inner.pdf', 4_200_000)],
    }),
  },
  {
    id: 'de-rechnung-anhang',
    label: 'clean',
    lang: 'de',
    draft: draft({
      from: 'buchhaltung@holzbau-maier.de',
      to: ['info@kuechenstudio-berg.de'],
      subject: 'Rechnung Nr. 2024-311',
      text: `Sehr geehrte Damen und Herren,

im Anhang finden Sie unsere Rechnung Nr. 2024-311 für die Montage der Arbeitsplatten vom 12. März.

Bitte überweisen Sie den Betrag innerhalb von 14 Tagen. Bei Fragen erreichen Sie mich telefonisch unter 089 123456.

Mit freundlichen Grüßen
Stefanie Maier`,
      attachments: [file('Rechnung_2024-311.pdf', 120_000)],
    }),
  },
  {
    id: 'cs-schuzka',
    label: 'clean',
    lang: 'cs',
    draft: draft({
      to: ['martin.svoboda@stavby-svoboda.cz'],
      subject: 'Schůzka ke kontrole dne v úterý',
      text: `Dobrý den, pane Svobodo,

potvrzuji kontrolu dne na stavbě v Líšni v úterý 16. dubna v 9:00. Přijede i paní Králová z projekce, abychom rovnou probrali změnu odvodnění terasy.

Pokud by vám termín nevyhovoval, dejte mi prosím vědět do pondělního poledne.

S pozdravem
Jana Nováková`,
    }),
  },
  {
    id: 'cs-faktura',
    label: 'clean',
    lang: 'cs',
    draft: draft({
      from: 'fakturace@tiskarna-orel.cz',
      to: ['ucetni@kavarna-u-mostu.cz'],
      subject: 'Faktura č. 240087 za tisk jídelních lístků',
      text: `Dobrý den,

v příloze zasílám fakturu č. 240087 za tisk jídelních lístků a vizitek. Splatnost je 14 dní, platbu prosím uhraďte na účet uvedený na faktuře s variabilním symbolem 240087.

Děkujeme za spolupráci a přejeme hezký den.

Petra Orlová
Tiskárna Orel`,
      attachments: [file('Faktura_240087.pdf', 76_000, 'application/pdf')],
    }),
  },
  {
    id: 'cs-odpoved',
    label: 'clean',
    lang: 'cs',
    draft: draft({
      to: ['tomas.hajek@email.cz'],
      subject: 'Re: Chata o prázdninách',
      isReply: true,
      text: `Ahoj Tome,

díky za nabídku! Druhý červencový týden by nám vyšel skvěle. Vezmeme s sebou kola a něco na gril, dřevo koupíme cestou.

Dne út 2. 4. 2024 v 18:22 odesílatel Tomáš Hájek <tomas.hajek@email.cz> napsal:
> Ahoj, nechcete s námi jet na chatu? Máme volno od 8. do 14. července.`,
    }),
  },
  {
    id: 'cs-newsletter',
    label: 'clean',
    lang: 'cs',
    draft: draft({
      from: 'novinky@jazykovka-brno.cz',
      to: ['student@example.cz'],
      subject: 'Podzimní kurzy začínají 2. října',
      html: NEWSLETTER_CS,
    }),
  },
  {
    id: 'cs-rodina',
    label: 'clean',
    lang: 'cs',
    draft: draft({
      to: ['babicka.vera@seznam.cz'],
      subject: 'Fotky z Vánoc',
      text: `Ahoj babi,

posílám pár fotek z Vánoc, jak jsi chtěla. Ema je na nich s tím plyšovým koněm, kterého od tebe dostala, a od té doby s ním i spí.

V sobotu se u tebe zastavíme odpoledne, přivezeme i ten slíbený koláč.

Pusu,
Katka`,
      attachments: [
        file('IMG_2031.jpg', 2_300_000, 'image/jpeg'),
        file('IMG_2034.jpg', 2_100_000, 'image/jpeg'),
      ],
    }),
  },
  {
    id: 'cs-nabidka',
    label: 'clean',
    lang: 'cs',
    draft: draft({
      from: 'obchod@regaly-plus.cz',
      to: ['nakup@velkoobchod-hanak.cz'],
      subject: 'Cenová nabídka na regálový systém',
      text: `Dobrý den, pane Hanáku,

děkujeme za poptávku. Na regálový systém pro sklad o rozměrech 24 × 12 m vám nabízíme:

- paletové regály, 6 řad, nosnost 1 000 kg na paletové místo: 286 400 Kč bez DPH
- montáž a revize: 38 000 Kč bez DPH
- doprava po ČR zdarma

Nabídka platí do 31. května. Podrobnou nabídku s výkresem přikládám.

S pozdravem
Ondřej Kratochvíl`,
      attachments: [file('Nabidka_2024-117.pdf', 640_000, 'application/pdf')],
    }),
  },
  {
    id: 'cs-pozvanka-skoleni',
    label: 'clean',
    lang: 'cs',
    draft: draft({
      from: 'vzdelavani@mesto-kolin.cz',
      to: ['zamestnanci@mesto-kolin.cz'],
      subject: 'Pozvánka na školení první pomoci',
      text: `Vážené kolegyně, vážení kolegové,

zveme vás na školení první pomoci, které proběhne ve čtvrtek 23. května od 9 do 12 hodin v zasedací místnosti ve 2. patře. Školení vede zdravotnice z Českého červeného kříže a je pro zaměstnance zdarma.

Přihlaste se prosím do 17. května u paní Benešové na oddělení personalistiky.

Děkujeme,
oddělení vzdělávání`,
    }),
  },
  {
    id: 'cs-bez-diakritiky-priloha',
    label: 'clean',
    lang: 'cs',
    draft: draft({
      to: ['lucie.kralova@centrum.cz'],
      subject: 'podklady k prezentaci',
      text: `Ahoj Lucko,

v priloze posilam podklady k prezentaci na pondeli. Jsou tam grafy z dotazniku a par fotek z terenu. Kdybys neco potrebovala upravit, napis, dneska jsem jeste do sesti v kancelari.

Diky moc,
Pavel`,
      attachments: [file('prezentace_podklady.pptx', 5_600_000)],
    }),
  },
  {
    id: 'cs-bez-diakritiky-osobni',
    label: 'clean',
    lang: 'cs',
    draft: draft({
      to: ['honza.blaha@gmail.com'],
      subject: 'sobota',
      text: `Cau Honzo,

plati sobota? Myslel jsem, ze bychom vyrazili na kole kolem Brnenske prehrady a pak na obed do Bystrce. Sraz bych dal v deset u Rakovce. Kdyby prselo, tak to presuneme na nedeli.

Martin`,
    }),
  },
  {
    id: 'cs-bez-diakritiky-prace',
    label: 'clean',
    lang: 'cs',
    draft: draft({
      to: ['podpora@softwarehouse.cz'],
      subject: 'Chyba pri exportu faktur',
      text: `Dobry den,

od vcerejska nam nefunguje export faktur do PDF. Po kliknuti na Exportovat se zobrazi hlaska "Neznama chyba 500" a nic se nestahne. Zkouseli jsme to ve dvou prohlizecich i na dvou pocitacich.

Muzete se na to prosim podivat? Potrebujeme fakturovat do konce tydne.

Dekuji,
Ivana Markova
ucetni, Pekarstvi Marek`,
    }),
  },
  {
    id: 'cs-urgentni-vypadek',
    label: 'clean',
    lang: 'cs',
    draft: draft({
      to: ['it@nemocnice-example.cz'],
      subject: 'Naléhavé: nefunguje tiskárna na příjmu',
      text: `Dobrý den,

naléhavé: na centrálním příjmu od rána netiskne tiskárna štítků (HP u okénka č. 2), takže nemůžeme označovat vzorky. Restart jsme zkoušeli, bez výsledku.

Prosíme o co nejrychlejší pomoc, náhradní tiskárna je jen v jiné budově.

Děkuji,
Zdeňka Pokorná, vrchní sestra`,
    }),
  },
  {
    id: 'cs-dovolena',
    label: 'clean',
    lang: 'cs',
    draft: draft({
      to: ['vedouci.oddeleni@firma-example.cz'],
      subject: 'Žádost o dovolenou 15.–19. 7.',
      text: `Dobrý den, paní Černá,

chtěl bych požádat o dovolenou od 15. do 19. července. Rozpracované objednávky předám do pátku 12. 7. kolegovi Vojtěchovi a v systému nastavím zástup.

Děkuji za vyřízení.

S pozdravem
Radek Šimek`,
    }),
  },
  {
    id: 'cs-predani-projektu',
    label: 'clean',
    lang: 'cs',
    draft: draft({
      to: ['adam.pesek@agentura-example.cz'],
      cc: ['projekty@agentura-example.cz'],
      subject: 'Předání projektu e-shopu',
      text: `Ahoj Adame,

od pondělí po mně přebíráš e-shop pro Zahradnictví Kvítek. Stručně:

1. Přístupy do administrace i na server najdeš ve správci hesel ve složce Kvítek.
2. Otevřené úkoly jsou v Jiře, nejdůležitější je úprava dopravy na Zásilkovnu.
3. Klientka paní Dušková preferuje telefon, e-maily čte jen večer.

Kdyby cokoli, jsem do konce měsíce na telefonu.

Díky a ať se daří,
Michaela`,
    }),
  },
  {
    id: 'sk-kolega',
    label: 'clean',
    lang: 'sk',
    draft: draft({
      to: ['peter.kovac@azet.sk'],
      subject: 'Podklady na štvrtkovú poradu',
      text: `Ahoj Peter,

v prílohe posielam podklady na štvrtkovú poradu. Pozri si prosím hlavne tabuľku s nákladmi na dopravu, čísla za marec sú ešte predbežné.

Vďaka,
Zuzana`,
      attachments: [file('porada_podklady.xlsx', 230_000)],
    }),
  },
  {
    id: 'en-newsletter-wrapped-links',
    label: 'clean',
    lang: 'en',
    draft: draft({
      from: 'digest@opensource-weekly.dev',
      to: ['reader@example.com'],
      subject: 'Open Source Weekly #212',
      html: `<p>Hello,</p><p>Here are the stories we enjoyed this week.</p>
<p><b>Postgres 17 beta</b> – incremental backups and faster vacuum. <a href="https://opensourceweekly.list-manage.com/track/click?u=1&id=2">postgresql.org</a></p>
<p><b>Rust in the Linux kernel</b> – a status report from the maintainers. <a href="https://opensourceweekly.list-manage.com/track/click?u=1&id=3">lwn.net</a></p>
<p><b>Why we left microservices</b> – a long, honest write-up from a mid-size SaaS team. <a href="https://opensourceweekly.list-manage.com/track/click?u=1&id=4">blog.example.com</a></p>
<p><b>Accessibility testing in CI</b> – practical tips with axe-core and Playwright. <a href="https://opensourceweekly.list-manage.com/track/click?u=1&id=5">web.dev</a></p>
<p>See you next week,<br>The editors</p>
<p style="font-size:11px">You are receiving this email because you subscribed at opensource-weekly.dev. <a href="https://opensourceweekly.list-manage.com/unsubscribe?u=1">Unsubscribe</a> · <a href="https://opensourceweekly.list-manage.com/profile?u=1">Update your preferences</a></p>`,
    }),
  },
  {
    id: 'en-congrats-colleague',
    label: 'clean',
    lang: 'en',
    draft: draft({
      to: ['nina.petrovic@aurora-labs.com'],
      subject: 'Congratulations on the promotion',
      text: `Hi Nina,

Congratulations on your promotion to head of research – very well deserved! The work you did on the stability study last year made a real difference to the whole group.

Let's celebrate with a coffee next week.

Cheers,
Adam`,
    }),
  },
  {
    id: 'en-promo-black-friday',
    label: 'clean',
    lang: 'en',
    draft: draft({
      from: 'deals@brightcookware.com',
      to: ['customer@example.com'],
      subject: 'Black Friday starts now: up to 40% off',
      html: `<div style="display:none">Our biggest sale of the year is on until Monday.</div>
<p><img src="https://img.brightcookware.com/bf/hero.jpg" width="600" alt="Black Friday sale"></p>
<h1>Black Friday is here</h1>
<p>Save up to 40% on our cast-iron pans, Dutch ovens and knife sets until Monday at midnight. Free shipping on all orders over $75.</p>
<p>Our best-selling 28 cm skillet is back in stock in three new colours, and the chef's knife our customers rate 4.8 out of 5 is 30% off.</p>
<p><a href="https://www.brightcookware.com/black-friday">Shop the sale</a></p>
<p>Limited stock on some colours, so don't wait too long if you have your eye on something.</p>
<p style="font-size:11px;color:#777">Bright Cookware, 12 Mill Lane, Leeds. You are receiving this email because you subscribed at brightcookware.com. <a href="https://www.brightcookware.com/unsubscribe?id=55">Unsubscribe</a></p>`,
    }),
  },
  {
    id: 'en-security-notice',
    label: 'clean',
    lang: 'en',
    draft: draft({
      from: 'no-reply@accounts.fieldcam.io',
      to: ['user@example.com'],
      subject: 'New sign-in to your FieldCam account',
      text: `Hi Ana,

We noticed a new sign-in to your FieldCam account from Firefox on Windows in Lisbon, Portugal, on 14 May at 09:12.

If this was you, you don't need to do anything. If you don't recognise this activity, change your password in Settings > Security and we'll sign out all other devices.

The FieldCam team`,
    }),
  },
  {
    id: 'en-password-reset',
    label: 'clean',
    lang: 'en',
    draft: draft({
      from: 'support@bookshelf.app',
      to: ['reader@example.com'],
      subject: 'Reset your Bookshelf password',
      html: `<p>Hi,</p><p>We received a request to reset the password for your Bookshelf account. Use the button below to choose a new one. The link expires in 24 hours.</p>
<p><a href="https://bookshelf.app/reset?token=8f2a91c">Choose a new password</a></p><p>If you didn't ask for this, you can ignore this email; your password won't change.</p><p>Bookshelf Support</p>`,
    }),
  },
  {
    id: 'en-raffle-winner',
    label: 'clean',
    lang: 'en',
    draft: draft({
      to: ['tomas.berg@harbourlogistics.co.uk'],
      subject: 'You won the summer party raffle!',
      text: `Hi Tomas,

Congratulations, you won the raffle at Friday's summer party! The prize is a dinner voucher for two at Luca's. You can pick it up from Karen at reception any day this week.

Cheers,
The social committee`,
    }),
  },
  {
    id: 'en-webinar-invite',
    label: 'clean',
    lang: 'en',
    draft: draft({
      from: 'events@ledgerly.com',
      to: ['finance.team@example.com'],
      subject: 'Webinar: closing the month in three days',
      text: `Hello,

Join our free webinar on 12 June at 15:00 CET, where two finance managers explain how they cut their month-end close from eight days to three.

You will learn how to automate bank reconciliation, which approvals to drop and how to report progress to the board. There will be time for questions.

Register here: https://ledgerly.com/webinars/month-end

Places are limited to 300 attendees. A recording will be sent to everyone who registers.

The Ledgerly team

You received this email because you attended a Ledgerly event. Unsubscribe: https://ledgerly.com/unsubscribe`,
    }),
  },
  {
    id: 'en-bank-statement',
    label: 'clean',
    lang: 'en',
    draft: draft({
      from: 'notifications@harborbank.com',
      to: ['client@example.com'],
      subject: 'Your May statement is ready',
      text: `Dear Ms. Lindqvist,

Your statement for the period 1–31 May is now available in online banking under Documents.

For your security, Harbor Bank will never ask you for your password or one-time codes by email or phone.

Harbor Bank Customer Service`,
    }),
  },
  {
    id: 'en-invoice-reminder',
    label: 'clean',
    lang: 'en',
    draft: draft({
      from: 'accounts@brightpixel-studio.com',
      to: ['ap@meridian-foods.com'],
      subject: 'Reminder: invoice 2024-0142 is overdue',
      text: `Hello,

A friendly reminder that invoice 2024-0142 (EUR 4,850.00, due on 30 April) is still open in our records. Could you let me know when we can expect payment?

If it has already been paid, please ignore this message and accept our thanks.

Kind regards,
Marta Holub`,
    }),
  },
  {
    id: 'en-accountant-bitcoin',
    label: 'clean',
    lang: 'en',
    draft: draft({
      from: 'petra@numbers-accounting.cz',
      to: ['client@example.com'],
      subject: 'Documents for your 2023 tax return',
      text: `Hi Mark,

To finish your 2023 tax return I still need:

1. The annual statement from your employer
2. Receipts for the mortgage interest
3. A list of your bitcoin sales in 2023 with dates and amounts (an export from the exchange is fine)

Could you send them by 15 March?

Thanks,
Petra`,
    }),
  },
  {
    id: 'en-order-laptop',
    label: 'clean',
    lang: 'en',
    draft: draft({
      from: 'orders@techdepot-store.com',
      to: ['buyer@example.com'],
      subject: 'Order confirmation #TD-55102',
      text: `Thank you for your order!

Order #TD-55102
1 × UltraBook 14 Pro, 32 GB RAM, 1 TB SSD – $1,299.00
1 × USB-C dock – $149.00
Shipping – free
Total: $1,448.00

We'll email you again when your order ships. You can check its status at any time in your account.

TechDepot`,
    }),
  },
  {
    id: 'en-school-fundraiser',
    label: 'clean',
    lang: 'en',
    draft: draft({
      from: 'pta@maplewood-school.org',
      to: ['parents@maplewood-school.org'],
      subject: 'Help us build the new playground',
      text: `Dear families,

Our fundraiser for the new playground has raised $7,400 of our $10,000 goal – thank you! We have three weeks left.

If you would like to help, you can donate at the school office or online at https://maplewood-school.org/playground. Every contribution, large or small, makes a difference.

With thanks,
The PTA`,
    }),
  },
  {
    id: 'cs-eshop-newsletter',
    label: 'clean',
    lang: 'cs',
    draft: draft({
      from: 'novinky@kavovarny-shop.cz',
      to: ['zakaznik@example.cz'],
      subject: 'Letní výprodej kávovarů',
      html: `<p><img src="https://www.kavovarny-shop.cz/img/leto.jpg" width="600" alt="Letní výprodej"></p>
<h2>Letní výprodej je tady</h2><p>Dobrý den,</p>
<p>vybrané pákové kávovary a mlýnky jsou teď se slevou až 30 % a doprava je při nákupu nad 1 500 Kč zdarma. Akce platí do neděle nebo do vyprodání zásob.</p>
<p>K <a href="https://www.kavovarny-shop.cz/vyprodej">výprodeji</a> přidáváme i tip: kávu melte těsně před přípravou a mlýnek čistěte jednou za měsíc, chuť se výrazně zlepší.</p>
<p>Hezký den přeje tým Kávovary Shop</p>
<p style="font-size:11px">Tento e-mail jste obdrželi, protože jste odběratelem novinek. <a href="https://www.kavovarny-shop.cz/odhlasit">Odhlásit se z odběru</a></p>`,
    }),
  },
  {
    id: 'en-formal-complaint',
    label: 'clean',
    lang: 'en',
    draft: draft({
      to: ['customer.relations@northernrail-trains.co.uk'],
      subject: 'Complaint about cancelled train on 3 May',
      text: `Dear Sir or Madam,

I am writing to complain about the cancellation of the 07:42 service from York to Leeds on 3 May. No replacement was offered, and I had to take a taxi at a cost of £48 to reach an appointment.

I attach the taxi receipt and my ticket, and I would be grateful if you could refund the taxi fare.

Yours faithfully,
Helen Marsh`,
      attachments: [file('taxi_receipt.jpg', 820_000), file('ticket.pdf', 64_000)],
    }),
  },
  {
    id: 'en-speakers-visible',
    label: 'clean',
    lang: 'en',
    draft: draft({
      from: 'program@dataconf-europe.org',
      to: Array.from(
        { length: 14 },
        (_, i) => `speaker${i + 1}@${['uni-a.edu', 'bigcorp.com', 'startup.io', 'lab.org'][i % 4]}`,
      ),
      subject: 'Speaker dinner on 20 September',
      text: `Dear speakers,

You are all invited to the speaker dinner on 20 September at 19:30 at Restaurant Mlýn, a short walk from the venue. Please let me know by Friday whether you can come and if you have dietary requirements.

Best regards,
Klára, programme chair`,
    }),
  },
  {
    id: 'en-b2b-trial',
    label: 'clean',
    lang: 'en',
    draft: draft({
      from: 'jess@formflow.io',
      to: ['ops@example-clinic.com'],
      subject: 'Patient intake forms without the paperwork',
      text: `Hi Dr. Novak,

I saw that your clinic still asks new patients to fill in paper forms at reception. FormFlow lets patients fill them in on their phone before the visit, and the answers go straight into your practice software.

Clinics like yours usually save about 10 minutes per new patient. There's a 14-day free trial, no credit card required.

Would you be open to a 15-minute demo next week?

Best,
Jess Moreno, FormFlow`,
    }),
  },
];
