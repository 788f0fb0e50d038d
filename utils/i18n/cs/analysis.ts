// Messages for the analysis area in 'cs'. Keys: '<rule-or-component>.<message>'.
export default {} as Record<string, string>;
