import { Anchor, type AnchorProps, Button, type ButtonProps } from '@mantine/core';
import { createLink } from '@tanstack/react-router';
import type { ComponentPropsWithRef } from 'react';

type AnchorBaseProps = AnchorProps & Omit<ComponentPropsWithRef<'a'>, keyof AnchorProps>;
type ButtonBaseProps = ButtonProps & Omit<ComponentPropsWithRef<'a'>, keyof ButtonProps>;

/**
 * Mantine's `component={Link}` loses the router's typing of `params` and `search`; these keep it,
 * so an address with a code or a version is checked against the route that receives it.
 */
export const AnchorLink = createLink((props: AnchorBaseProps) => <Anchor {...props} />);

export const ButtonLink = createLink((props: ButtonBaseProps) => (
  <Button component="a" {...props} />
));
