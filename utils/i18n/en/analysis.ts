// Messages for the analysis area in 'en'. Keys: '<rule-or-component>.<message>'.
export default {} as Record<string, string>;
