import 'legwise';
import type {} from 'legwise/react';

declare const analytics: { track(name: string, detail: unknown): void };

export function Advice() {
  return <when-to-see-doctor region="US" onemergency-call={(e) => analytics.track('emergency-call', e.detail)} />;
}
