import rule from '../../../utils/analysis/rules/crypto-wallet';
import { ruleTester } from '../rule-tester';

ruleTester(rule, {
  valid: [
    { text: 'Order 1234567890123456789012345678 shipped.' },
    { text: 'Pay in bitcoin? We only accept bank transfers.' },
    { text: 'Tracking number 3AB1234567890123456789012345' },
  ],
  invalid: [
    {
      draft: { text: 'Send 0.05 BTC to bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh within 48 hours.' },
      findings: [
        {
          messageId: 'walletAddress',
          evidence: [{ field: 'text', start: 17, end: 59 }],
          fix: 'checkPayment',
        },
      ],
    },
    {
      draft: { text: 'My bitcoin address: 1BoatSLRHtKNngkdXEeobR76b53LETtpyT' },
      findings: [{ messageId: 'walletAddress' }],
    },
    {
      draft: { text: 'Wallet: 0x52908400098527886E0F7030069857D2E4169EE7' },
      findings: [{ messageId: 'walletAddress' }],
    },
  ],
});
