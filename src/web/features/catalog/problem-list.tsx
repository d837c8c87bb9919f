import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/api-error.js';
import { listProblems } from './content-problems.js';

/**
 * The server's findings one by one, each named by the part of the procedure it is about: some
 * have no input of their own on the page (a process, the inter-agency shares), and the list
 * sits next to the button just pressed, while the fields may be far above.
 */
export function ProblemList({ error, title }: { error: unknown; title: string }) {
  const { t } = useTranslation();
  if (!(error instanceof ApiError) || error.errors.length === 0) return null;
  const problems = listProblems(t, error.errors);
  return (
    <Alert color="red" variant="outline" title={title}>
      <List size="sm" spacing={2}>
        {problems.map((problem) => (
          <List.Item key={`${problem.section}:${problem.message}`}>
            <Text span size="sm" fw={600}>
              {problem.section}
            </Text>
            : {problem.message}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
