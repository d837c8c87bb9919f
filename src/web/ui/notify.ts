import { notifications } from '@mantine/notifications';

/**
 * A confirmation is news, not an emergency: `status` lets screen readers announce it politely and
 * keeps `alert` for problems the officer must act on.
 */
export function notifySuccess(message: string): void {
  notifications.show({ color: 'green', message, role: 'status' });
}
