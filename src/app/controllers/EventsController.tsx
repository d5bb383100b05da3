/** Canvas events to store actions: click selects, hover emphasises, a click on empty canvas closes. */
import { useRegisterEvents, useSigma } from '@react-sigma/core';
import { useEffect } from 'react';
import { parseNodeKey } from '../graph/node-keys';
import { useAtlas } from '../store';

export function EventsController() {
  const sigma = useSigma();
  const registerEvents = useRegisterEvents();

  useEffect(() => {
    const { select, hover } = useAtlas.getState();
    const container = sigma.getContainer();
    registerEvents({
      clickNode: ({ node }) => select(parseNodeKey(node)),
      // a second click soon after the first arrives as a double click (which also zooms)
      doubleClickNode: ({ node }) => select(parseNodeKey(node)),
      clickStage: () => select(null),
      doubleClickStage: () => select(null),
      enterNode: ({ node }) => {
        container.style.cursor = 'pointer';
        hover(parseNodeKey(node));
      },
      leaveNode: () => {
        container.style.cursor = '';
        hover(null);
      },
    });
  }, [sigma, registerEvents]);

  return null;
}
