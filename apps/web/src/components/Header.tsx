import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useLocation } from 'react-router';
import { useMe, useToken } from '../auth/hooks';
import { chooseLanguage, useProfileLanguage } from '../auth/language';
import { session } from '../auth/session';
import { navigationFor } from '../navigation';

/**
 * The brand, the language switch (saved in the profile when signed in) and the role's links from the navigation table. On a phone the links fold into
 * a « Menu » disclosure (a signed-in person's six or seven links wrapped to five lines at 360 px); on a wide
 * screen they are a row and the button is not shown (CSS decides, so there is no flash on load).
 */
export function Header() {
  const { t, i18n } = useTranslation();
  const token = useToken();
  const me = useMe();
  const location = useLocation();
  const queryClient = useQueryClient();
  useProfileLanguage();
  const [open, setOpen] = useState(false);
  const nav = useRef<HTMLElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  // A link followed, or a session ended elsewhere: the menu closes with the screen it was opened on.
  useEffect(() => setOpen(false), [location.key, token]);

  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      toggle.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (!nav.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPointer);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPointer);
    };
  }, [open]);

  // Signed in but roles not loaded yet: the shared links only, role links once known (never a wrong one).
  const entries = navigationFor(token ? (me.data?.roles ?? []) : null);
  const other = i18n.language === 'en' ? 'fr' : 'en';
  return (
    <header className="header">
      <Link to="/" className="brand">
        {t('app.name')}
      </Link>
      <nav
        ref={nav}
        aria-label={t('nav.main')}
        // Tabbing past the last link closes the menu rather than leaving it over the page. Only a focus that went
        // somewhere: Safari does not focus a tapped link, and closing on that blur would swallow the tap.
        onBlur={(event) => {
          const next = event.relatedTarget as Node | null;
          if (open && next && !nav.current?.contains(next)) setOpen(false);
        }}
      >
        <button
          ref={toggle}
          type="button"
          className="menu-toggle"
          aria-expanded={open}
          aria-controls="nav-links"
          onClick={() => setOpen((was) => !was)}
        >
          <span aria-hidden="true" className="menu-icon">
            {open ? '✕' : '☰'}
          </span>{' '}
          {t('nav.menu')}
        </button>
        <ul id="nav-links" className={open ? 'open' : undefined}>
          {entries.map((entry) => (
            <li key={entry.path}>
              <NavLink to={entry.path} end={entry.end}>
                {t(entry.label)}
              </NavLink>
            </li>
          ))}
          {token && (
            <li>
              <button type="button" className="link" onClick={() => session.end()}>
                {t('nav.signOut')}
              </button>
            </li>
          )}
        </ul>
      </nav>
      <button type="button" className="link lang" lang={other} onClick={() => void chooseLanguage(other, queryClient)}>
        {t('nav.switchLanguage')}
      </button>
    </header>
  );
}
