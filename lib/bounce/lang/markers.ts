/**
 * Data for telling which language a report's human text is in. Latin-script languages are told apart by short,
 * frequent words (articles, prepositions, auxiliaries) and by the words of delivery reports themselves; Japanese,
 * Chinese and Russian by their scripts. Words are lower case and matched as whole tokens.
 */

export interface LatinLanguage {
  code: string;
  name: string;
  words: readonly string[];
}

/** English is listed so that an English report with a few foreign words stays English. */
export const LATIN_LANGUAGES: readonly LatinLanguage[] = [
  { code: 'en', name: 'English', words: ['the', 'and', 'of', 'to', 'your', 'was', 'could', 'not', 'be', 'delivered', 'message', 'following', 'recipients', 'this', 'is', 'with', 'for', 'been', 'has', 'that', 'because', 'address', 'server', 'returned'] },
  { code: 'de', name: 'German', words: ['der', 'die', 'das', 'und', 'ihre', 'nicht', 'konnte', 'wurde', 'werden', 'zugestellt', 'nachricht', 'empfänger', 'folgende', 'ist', 'mit', 'für', 'bei', 'von', 'zurückgegeben', 'diagnoseinformationen', 'generierender', 'unbekannt', 'postfach', 'adresse'] },
  { code: 'fr', name: 'French', words: ['le', 'la', 'les', 'des', 'votre', 'pas', 'été', 'être', 'remis', 'message', 'destinataire', 'destinataires', 'suivants', 'est', 'une', 'pour', 'avec', 'du', 'au', 'adresse', 'serveur', 'distant', 'retourné', 'introuvable'] },
  { code: 'es', name: 'Spanish', words: ['el', 'la', 'los', 'las', 'de', 'del', 'su', 'tu', 'no', 'se', 'ha', 'pudo', 'entregar', 'entregado', 'mensaje', 'destinatario', 'destinatarios', 'siguientes', 'es', 'una', 'para', 'con', 'por', 'dirección'] },
  { code: 'pt', name: 'Portuguese', words: ['o', 'os', 'as', 'do', 'da', 'dos', 'sua', 'não', 'foi', 'pode', 'entregue', 'mensagem', 'destinatário', 'destinatários', 'seguintes', 'é', 'uma', 'para', 'com', 'endereço', 'servidor', 'remoto', 'retornou', 'encontrado'] },
  { code: 'it', name: 'Italian', words: ['il', 'lo', 'gli', 'della', 'del', 'di', 'tuo', 'suo', 'non', 'è', 'stato', 'stata', 'recapitato', 'recapitare', 'messaggio', 'destinatario', 'destinatari', 'seguenti', 'una', 'per', 'con', 'indirizzo', 'server', 'remoto'] },
  { code: 'nl', name: 'Dutch', words: ['de', 'het', 'een', 'en', 'van', 'uw', 'je', 'niet', 'kon', 'worden', 'is', 'bezorgd', 'afgeleverd', 'bericht', 'ontvanger', 'ontvangers', 'volgende', 'met', 'voor', 'bij', 'adres', 'externe', 'geretourneerd', 'gevonden'] },
  { code: 'pl', name: 'Polish', words: ['nie', 'się', 'do', 'na', 'jest', 'został', 'została', 'zostało', 'dostarczona', 'dostarczyć', 'wiadomość', 'wiadomości', 'adresat', 'adresata', 'odbiorca', 'odbiorcy', 'następujących', 'dla', 'oraz', 'lub', 'ponieważ', 'adres', 'adresu', 'serwer'] },
];

export interface ScriptLanguage {
  code: string;
  name: string;
  /** Characters of the script. */
  chars: RegExp;
  /** At least this many of them. */
  min: number;
}

/** In order: kana means Japanese even among kanji; Han without kana is Chinese; Cyrillic is Ukrainian or Russian. */
export const SCRIPT_LANGUAGES: readonly ScriptLanguage[] = [
  { code: 'ja', name: 'Japanese', chars: /[\u3040-\u30ff]/gu, min: 4 },
  { code: 'zh', name: 'Chinese', chars: /[\u4e00-\u9fff]/gu, min: 4 },
  // Ukrainian letters Russian does not use (і, ї, є, ґ) tell the two Cyrillic languages apart
  { code: 'uk', name: 'Ukrainian', chars: /[іїєґІЇЄҐ]/gu, min: 3 },
  { code: 'ru', name: 'Russian', chars: /[\u0400-\u04ff]/gu, min: 12 },
];

/** A Latin-script language must match this many marker words, and more than English does. */
export const MIN_LATIN_HITS = 3;
