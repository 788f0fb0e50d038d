import rule from '../../../utils/analysis/rules/attachment-size';
import { encodedAttachmentSize } from '../../../utils/analysis/rules/attachment-size';
import { describe, expect, it } from 'vitest';
import { ruleTester } from '../rule-tester';
import type { Attachment } from '../../../utils/types';

const MB = 1_000_000;
const a = (name: string, size: number): Attachment => ({ name, size, type: '' });

describe('encodedAttachmentSize', () => {
  it('is base64 with CRLF every 76 characters plus part headers', () => {
    // 3 MB → 4 MB of base64 → 52,632 line breaks of 2 bytes.
    expect(encodedAttachmentSize(3 * MB, 10)).toBe(4 * MB + 2 * Math.ceil((4 * MB) / 76) + 250 + 20);
    expect(encodedAttachmentSize(0, 0)).toBe(250);
  });
});

ruleTester(rule, {
  valid: [
    { attachments: [a('a.pdf', 2 * MB), a('b.pdf', 3 * MB)] },
    {
      name: 'unknown sizes are skipped',
      attachments: [
        a('a.pdf', NaN),
        a('b.pdf', -1),
        { name: 'c', size: 'big', type: '' } as unknown as Attachment,
      ],
    },
    { attachments: [] },
    {
      name: 'limits can be switched off',
      draft: { attachments: [a('big.zip', 30 * MB)] },
      settings: { sendingLimitBytes: 0, receivingLimitBytes: 0, corporateLimitBytes: 0 },
    },
  ],
  invalid: [
    {
      draft: { attachments: [a('small.pdf', MB), a('video.mp4', 30 * MB)] },
      findings: [
        {
          messageId: 'fileOverSendingLimit',
          severity: 'danger',
          data: { name: 'video.mp4', sizeMb: 30, limitMb: 25 },
          evidence: [{ field: 'attachments', index: 1 }],
          fix: 'shareLink',
        },
      ],
    },
    {
      draft: { attachments: [a('a.zip', 14 * MB), a('b.zip', 12 * MB)] },
      findings: [
        {
          messageId: 'totalOverSendingLimit',
          severity: 'danger',
          data: { sizeMb: 26 },
          evidence: [{ index: 0 }, { index: 1 }],
        },
      ],
    },
    {
      name: 'passes the 25 MB button, bounces as 27 MB encoded',
      draft: { attachments: [a('photos.zip', 20 * MB)] },
      findings: [
        {
          messageId: 'encodedOverReceivingLimit',
          severity: 'warning',
          data: { limitMb: 25 },
          fix: 'compressOrLink',
        },
      ],
    },
    {
      name: 'a 7.5 MB file is over a 10 MB company limit once encoded',
      draft: { attachments: [a('scan.pdf', 7.5 * MB)] },
      findings: [{ messageId: 'encodedOverCorporateLimit', severity: 'notice', data: { limitMb: 10 } }],
    },
    {
      name: 'custom receiving limit',
      draft: { attachments: [a('scan.pdf', 4 * MB)] },
      settings: { receivingLimitBytes: 5 * MB },
      findings: [{ messageId: 'encodedOverReceivingLimit', data: { limitMb: 5 } }],
    },
  ],
});
