/**
 * Words spammers disguise ("V1agra", "F.R.E.E", "ca$h") to slip past word filters. A disguised
 * spelling of one of these is a strong signal; an ordinary word with digits ("mp3", "Q3") is not.
 * Four letters or more, so product codes like "W1N" do not count.
 */
export const OBFUSCATION_TARGETS: ReadonlySet<string> = new Set([
  // pharmacy and adult
  'viagra', 'cialis', 'levitra', 'xanax', 'valium', 'tramadol', 'pharmacy', 'pills', 'meds',
  'penis', 'enlarge', 'enlargement', 'sexy', 'porn', 'nude', 'nudes', 'naked', 'girls', 'dating',
  'horny', 'escort', 'erotic',
  // money
  'free', 'money', 'cash', 'credit', 'loan', 'loans', 'casino', 'poker', 'bitcoin', 'crypto',
  'winner', 'prize', 'lottery', 'offer', 'bonus', 'gift', 'discount', 'cheap', 'profit', 'income',
  'million', 'dollar', 'dollars', 'rich', 'refund', 'invest', 'investment', 'guaranteed', 'mortgage',
  'rolex', 'replica', 'diet', 'weight', 'slim',
  // phishing
  'paypal', 'apple', 'amazon', 'netflix', 'microsoft', 'office', 'outlook', 'google', 'password',
  'account', 'verify', 'bank', 'urgent', 'click', 'invoice', 'payment', 'security',
  // Czech and Slovak
  'zdarma', 'zadarmo', 'vyhra', 'penize', 'peniaze', 'pujcka', 'sleva', 'akce', 'hubnuti',
]);
