/** The locker's menu: one row of section buttons that stays at the top of the screen while scrolling. */
import { useEffect, useRef } from 'react';
import type { SectionId } from './locker-sections.js';
import { useLockerUi } from './locker-context.js';

interface LockerMenuProps {
  readonly order: readonly SectionId[];
  readonly current: SectionId;
  readonly highlight: SectionId | null;
  readonly onChoose: (id: SectionId) => void;
}

export function LockerMenu({ order, current, highlight, onChoose }: LockerMenuProps) {
  const { t } = useLockerUi();
  const nav = useRef<HTMLElement>(null);
  useEffect(() => {
    nav.current?.querySelector('[aria-current="page"]')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [current]);
  return (
    <nav className="locker-menu" aria-label={t.menu.label} ref={nav}>
      <ul>
        {order.map((id) => (
          <li key={id}>
            <button
              type="button"
              className={id === highlight ? 'menu-highlight' : undefined}
              aria-current={id === current ? 'page' : undefined}
              aria-controls={`section-${id}`}
              onClick={() => onChoose(id)}
            >
              {t.menu.sections[id]}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
