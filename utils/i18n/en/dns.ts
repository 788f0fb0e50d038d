// Messages for the dns area in 'en'. Keys: '<rule-or-component>.<message>'.
export default {} as Record<string, string>;
