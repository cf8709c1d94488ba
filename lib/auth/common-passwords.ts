/**
 * Passwords refused however long they are: the most common ones in public
 * breach lists, lower-cased. A longer list can replace this one as is.
 */
const COMMON_PASSWORDS = new Set([
  "password", "password1", "password12", "password123", "password1234", "passw0rd", "p@ssw0rd", "p@ssword",
  "12345678", "123456789", "1234567890", "12345678910", "87654321", "11111111", "00000000", "12341234",
  "123123123", "11223344", "88888888", "qwertyui", "qwertyuiop", "qwerty123", "qwerty12", "1q2w3e4r",
  "1q2w3e4r5t", "1qaz2wsx", "zaq12wsx", "asdfghjk", "asdfghjkl", "zxcvbnm1", "iloveyou", "iloveyou1",
  "sunshine", "princess", "football", "baseball", "superman", "starwars", "whatever", "trustno1",
  "welcome1", "welcome123", "letmein1", "letmein123", "abc12345", "abcd1234", "abcdefgh", "access14",
  "michelle", "jennifer", "jordan23", "computer", "internet", "maverick", "mercedes", "corvette",
  "football1", "baseball1", "master123", "changeme", "changeme1", "default1", "administrator", "admin123",
  "admin1234", "pa55word", "pa$$word", "passpass", "monkey12", "dragon12", "shadow12", "secret12",
  "1234qwer", "qwer1234", "q1w2e3r4", "q1w2e3r4t5", "a1b2c3d4", "aa123456", "a12345678", "123qweasd",
  "qweasdzxc", "asdf1234", "zxcv1234", "lovely12", "babygirl", "babygirl1", "sweetheart", "chocolate",
  "butterfly", "liverpool", "chelsea1", "arsenal1", "security", "newyork1", "maine123", "volunteer",
  "volunteer1", "loveyou1", "iloveu123", "fuckyou1", "killer12", "hello123", "helloworld", "test1234",
  "testtest", "password!", "summer2024", "winter2024", "spring2024", "autumn2024",
]);

/**
 * The words people most often dress up with digits and symbols ("Summer2024!",
 * "!!welcome1", "Maine123"), and the words of this site, which a guesser tries
 * first. Lower-cased.
 */
const COMMON_WORDS = new Set([
  "password", "passw0rd", "p@ssw0rd", "pass", "welcome", "letmein", "qwerty", "qwertyuiop", "asdfgh", "asdfghjkl", "zxcvbnm",
  "iloveyou", "loveyou", "love", "lovely", "monkey", "dragon", "shadow", "master", "sunshine", "princess", "football", "baseball",
  "soccer", "hockey", "superman", "batman", "starwars", "trustno", "admin", "administrator", "login", "secret", "hello", "freedom",
  "whatever", "changeme", "default", "test", "guest", "abc", "abcd", "abcdef", "abcdefg", "abcdefgh", "summer", "winter",
  "spring", "autumn", "fall", "january", "february", "march", "april", "june", "july", "august", "september", "october",
  "november", "december", "monday", "friday", "maine", "portland", "bangor", "lewiston", "augusta", "newengland", "lobster",
  "moose", "patriots", "redsox", "celtics", "bruins", "volunteer", "volunteers", "databank", "helper", "shelter", "charlie",
  "michael", "jessica", "ashley", "jennifer", "daniel", "thomas", "george", "buster", "tigger", "pepper", "ginger", "cookie",
]);

/**
 * Whether a password is too easy to guess: one of the breach lists' most
 * common, or a common word with only digits and symbols around it. Spaces
 * inside keep a passphrase a passphrase ("summer on the lake" is fine).
 */
export function isCommonPassword(password: string): boolean {
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) return true;
  const word = lower.replace(/^[^a-z]+|[^a-z]+$/g, "");
  return word === "" ? /^(\d)\1+$/.test(lower) || "01234567890".includes(lower) || "98765432109".includes(lower) : COMMON_WORDS.has(word);
}
