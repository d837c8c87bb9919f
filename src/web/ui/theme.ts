import { createTheme, PasswordInput, Select, TextInput } from '@mantine/core';

/**
 * Most fields are required, so the optional ones say so in their label instead of every other one
 * carrying an asterisk; labels then read exactly as written, for people and for tests alike.
 */
const noAsterisk = { defaultProps: { withAsterisk: false } };

export const theme = createTheme({
  primaryColor: 'blue',
  defaultRadius: 'sm',
  // System fonts all carry full Vietnamese diacritics and need no download.
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  components: {
    TextInput: TextInput.extend(noAsterisk),
    PasswordInput: PasswordInput.extend(noAsterisk),
    Select: Select.extend(noAsterisk),
  },
});
