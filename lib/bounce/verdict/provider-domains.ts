/**
 * Domains of the big mailbox providers, for the typo hint ("gmial.com" → "gmail.com"). Offline data: the providers
 * most customers write to, with their main country variants, and the smaller providers whose names are one edit from
 * a big one (mail.com, ymail.com…) so that a real address there is never "corrected".
 */
export const PROVIDER_DOMAINS = [
  'gmail.com', 'googlemail.com',
  'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'outlook.de', 'outlook.fr', 'outlook.es', 'outlook.it', 'outlook.jp',
  'hotmail.co.uk', 'hotmail.fr', 'hotmail.de', 'hotmail.es', 'hotmail.it', 'hotmail.nl', 'hotmail.be', 'hotmail.com.br', 'hotmail.com.ar', 'hotmail.com.mx',
  'live.co.uk', 'live.fr', 'live.de', 'live.nl', 'live.it', 'live.com.mx',
  'yahoo.com', 'yahoo.co.uk', 'yahoo.co.jp', 'yahoo.fr', 'yahoo.de', 'yahoo.es', 'yahoo.it', 'yahoo.com.br', 'yahoo.com.ar', 'yahoo.com.mx', 'yahoo.ca', 'yahoo.in', 'ymail.com', 'rocketmail.com',
  'icloud.com', 'me.com', 'mac.com',
  'aol.com', 'aol.co.uk', 'aol.de', 'aim.com',
  'gmx.de', 'gmx.net', 'gmx.at', 'gmx.ch', 'gmx.com', 'web.de', 't-online.de', 'freenet.de',
  'orange.fr', 'free.fr', 'laposte.net', 'sfr.fr', 'wanadoo.fr',
  'libero.it', 'virgilio.it', 'tiscali.it',
  'proton.me', 'protonmail.com', 'zoho.com', 'mail.com', 'email.com', 'yandex.ru', 'yandex.com', 'mail.ru', 'qq.com', '163.com', '126.com',
  'comcast.net', 'verizon.net', 'att.net', 'sbcglobal.net', 'btinternet.com', 'sky.com', 'bigpond.com',
] as const;
