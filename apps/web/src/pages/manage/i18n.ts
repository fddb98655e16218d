import i18n from '../../i18n';
import manageEn from './manage.en';
import manageFr from './manage.fr';

/**
 * The managers' words travel with their screens, not in the first load every visitor downloads: each manage
 * screen imports this module, which adds them as `manage.*` once.
 */
if (!i18n.hasResourceBundle('fr', 'manage-loaded')) {
  i18n.addResourceBundle('fr', 'translation', { manage: manageFr }, true, true);
  i18n.addResourceBundle('en', 'translation', { manage: manageEn }, true, true);
  i18n.addResourceBundle('fr', 'manage-loaded', {}, true, true);
}

export {};
