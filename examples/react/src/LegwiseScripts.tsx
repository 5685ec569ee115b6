'use client';
import { useEffect } from 'react';

export function LegwiseScripts() {
  useEffect(() => {
    // In this order: the hydrate support before anything imports Lit.
    void import('@lit-labs/ssr-client/lit-element-hydrate-support.js').then(() => import('legwise'));
  }, []);
  return null;
}
