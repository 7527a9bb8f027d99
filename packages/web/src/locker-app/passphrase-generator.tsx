/**
 * "Make one for me": five random common words, shown once in large type to write down or learn.
 * Using it fills both fields; the words are not shown again by this screen.
 */
import { useState } from 'react';
import { generatePassphrase } from '@jikim/device';
import { useLockerUi } from './locker-context.js';

export function PassphraseGenerator({ onUse }: { onUse: (passphrase: string) => void }) {
  const { t, locale } = useLockerUi();
  const g = t.create.generator;
  const [phrase, setPhrase] = useState<string | null>(null);
  const make = async () => setPhrase(await generatePassphrase(locale));
  if (phrase === null) {
    return <button type="button" className="button button-secondary" onClick={() => void make()}>{g.make}</button>;
  }
  return (
    <div className="panel generated" role="group" aria-labelledby="generated-title">
      <p id="generated-title" className="label">{g.title}</p>
      <p className="generated-phrase" lang={locale}>{phrase}</p>
      <p className="hint">{g.hint}</p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => { onUse(phrase); setPhrase(null); }}>{g.use}</button>
        <button type="button" className="button button-secondary" onClick={() => void make()}>{g.another}</button>
      </div>
    </div>
  );
}
