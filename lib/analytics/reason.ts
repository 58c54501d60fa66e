/** Why a result is what it is: one plain line for the seller, in Chinese and English, with the numbers. */
export interface Reason {
  zh: string;
  en: string;
}
