import { useTranslation } from 'react-i18next';
import { asLanguage, type Language } from './language.js';

export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return asLanguage(i18n.resolvedLanguage ?? i18n.language);
}
