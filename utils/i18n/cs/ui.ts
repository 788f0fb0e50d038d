// Messages for the ui area in 'cs'. Keys: '<rule-or-component>.<message>'.
export default {} as Record<string, string>;
