import rule from '../../../utils/analysis/rules/attachment-blocked-type';
import { ruleTester } from '../rule-tester';
import type { Attachment } from '../../../utils/types';

const a = (name: string, size = 1000): Attachment => ({ name, size, type: '' });

ruleTester(rule, {
  valid: [
    { attachments: [a('Invoice-2024-0142.pdf'), a('photo.JPG'), a('data.xlsx'), a('archive.zip')] },
    { attachments: [a('report.final.v2.docx'), a('notes')] },
    { attachments: [] },
  ],
  invalid: [
    {
      draft: { attachments: [a('report.pdf'), a('setup.exe')] },
      findings: [
        {
          messageId: 'blockedType',
          severity: 'danger',
          data: { name: 'setup.exe', ext: 'exe' },
          evidence: [{ field: 'attachments', index: 1, start: 0, end: 9 }],
          fix: 'shareLink',
        },
      ],
    },
    {
      draft: { attachments: [a('INVOICE.PDF.EXE')] },
      findings: [
        { messageId: 'doubleExtension', severity: 'danger', data: { ext: 'exe' }, fix: 'removeAttachment' },
      ],
    },
    {
      name: 'padding before the real extension',
      draft: { attachments: [a('scan.pdf          .scr')] },
      findings: [{ messageId: 'doubleExtension' }],
    },
    {
      name: 'trailing dot',
      draft: { attachments: [a('tool.bat.')] },
      findings: [{ messageId: 'blockedType', data: { ext: 'bat' } }],
    },
    {
      draft: { attachments: [a('invoice\u202Efdp.exe')] },
      findings: [{ messageId: 'disguisedName', severity: 'danger' }],
    },
    {
      name: 'every disguising character is removed from the name shown, not only the first',
      draft: { attachments: [a('in\u202Evoice\u200B\u202Efdp.exe')] },
      findings: [{ messageId: 'disguisedName', data: { name: 'invoicefdp.exe' } }],
    },
    {
      draft: { attachments: [a('script.py')] },
      findings: [{ messageId: 'blockedByOutlook', severity: 'warning', data: { ext: 'py' } }],
    },
    {
      draft: { attachments: [a('Payment.html'), a('budget.xlsm')] },
      findings: [
        { messageId: 'riskyType', severity: 'notice', fix: 'sendAsPdf' },
        { messageId: 'riskyType' },
      ],
    },
  ],
});
