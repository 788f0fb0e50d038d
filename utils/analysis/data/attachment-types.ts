/**
 * File types the big webmails refuse. Gmail: "File types you can't include as attachments"
 * (Gmail Help 6590); Outlook on the web / Outlook.com: "Blocked attachments in Outlook" (Level 1).
 * Gmail also refuses these inside archives, which Preflight cannot look into.
 */
export const GMAIL_BLOCKED: ReadonlySet<string> = new Set([
  'ade', 'adp', 'apk', 'appx', 'appxbundle', 'bat', 'cab', 'chm', 'cmd', 'com', 'cpl', 'diagcab',
  'diagcfg', 'diagpack', 'dll', 'dmg', 'ex', 'ex_', 'exe', 'hta', 'img', 'ins', 'iso', 'isp', 'jar',
  'jnlp', 'js', 'jse', 'lib', 'lnk', 'mde', 'msc', 'msi', 'msix', 'msixbundle', 'msp', 'mst', 'nsh',
  'pif', 'ps1', 'scr', 'sct', 'shb', 'sys', 'vb', 'vbe', 'vbs', 'vhd', 'vxd', 'wsc', 'wsf', 'wsh',
  'xll',
]);

/** Blocked by Outlook (web and desktop) but sent by Gmail: the recipient on Outlook cannot open it. */
export const OUTLOOK_BLOCKED: ReadonlySet<string> = new Set([
  'app', 'application', 'appref-ms', 'asp', 'aspx', 'asx', 'bas', 'bgi', 'cer', 'cnt', 'crt',
  'csh', 'der', 'fxp', 'gadget', 'grp', 'hlp', 'hpj', 'htc', 'inf', 'its', 'ksh', 'mad', 'maf',
  'mag', 'mam', 'maq', 'mar', 'mas', 'mat', 'mau', 'mav', 'maw', 'mcf', 'mda', 'mdb', 'mdt', 'mdw',
  'mdz', 'msh', 'msh1', 'msh2', 'mshxml', 'msh1xml', 'msh2xml', 'msu', 'ops', 'osd', 'pcd', 'pl',
  'plg', 'prf', 'prg', 'printerexport', 'ps1xml', 'ps2', 'ps2xml', 'psc1', 'psc2', 'psd1', 'psdm1',
  'pst', 'py', 'pyc', 'pyo', 'pyw', 'pyz', 'pyzw', 'reg', 'scf', 'shs', 'theme', 'tmp', 'url', 'vbp',
  'vhdx', 'vsmacros', 'vsw', 'webpnp', 'website', 'ws', 'wsb', 'xbap', 'xnk',
]);

/**
 * Delivered, but the usual carriers of malware and credential phishing; receiving filters often
 * quarantine them: macro-enabled Office files, HTML and SVG pages, OneNote, disk images.
 */
export const RISKY_TYPES: ReadonlySet<string> = new Set([
  'docm', 'dotm', 'xlsm', 'xltm', 'xlam', 'xlsb', 'pptm', 'potm', 'ppam', 'ppsm', 'sldm', 'html',
  'htm', 'shtml', 'xhtml', 'svg', 'one', 'onepkg', 'xht', 'mht', 'mhtml', 'iqy', 'slk', 'wiz',
]);

/** Types people expect to open harmlessly; seen before a final executable one, it is a disguise. */
export const DOCUMENT_TYPES: ReadonlySet<string> = new Set([
  'pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx', 'odt', 'ods', 'odp', 'rtf', 'txt', 'csv',
  'jpg', 'jpeg', 'png', 'gif', 'bmp', 'tif', 'tiff', 'heic', 'webp', 'mp3', 'mp4', 'mov', 'avi',
  'wav', 'zip', 'rar', '7z', 'xml', 'json', 'eml', 'msg', 'ics', 'vcf',
]);
