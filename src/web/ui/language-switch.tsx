import { Button } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../i18n/i18n.js';
import { useLanguage } from '../i18n/use-language.js';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const language = useLanguage();
  const next = language === 'vi' ? 'en' : 'vi';
  return (
    <Button
      variant="subtle"
      size="compact-sm"
      leftSection={<IconLanguage size={16} aria-hidden />}
      // The label is written in the language it switches to, so it is marked as such for
      // screen readers.
      lang={next}
      title={t('language.switchLabel')}
      onClick={() => void changeLanguage(next)}
    >
      {t('language.switchTo')}
    </Button>
  );
}
