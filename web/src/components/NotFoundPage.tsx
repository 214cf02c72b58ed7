import { useTranslation } from 'react-i18next';
import { PageMessage } from './PageMessage';

export function NotFoundPage() {
  const { t } = useTranslation();
  return <PageMessage title={t('common.notFoundTitle')} detail={t('common.notFoundDetail')} />;
}
