export default defineBackground(() => {
  // Message handlers over utils/dns and utils/auth are added by the DNS issues.
});
