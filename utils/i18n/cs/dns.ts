// Messages for the dns area in 'cs'. Keys: '<rule-or-component>.<message>'.
export default {} as Record<string, string>;
