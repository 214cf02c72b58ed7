// Localises the screening API's findings and notes by their message keys and rule ids, from the UI catalogue.
// The API's English message is the fallback for a key this catalogue does not know yet.
import { useTranslation } from 'react-i18next';
import { interpolate } from '../../../../core/i18n/locale';
import { uiEn } from '../../../../core/i18n/ui/en';

type Params = Record<string, string | number>;
interface Message {
  messageKey: string;
  params: Params;
  message: string;
}
interface FindingLike extends Message {
  ruleId: string;
  transformations?: readonly string[];
}

type MessageName = keyof typeof uiEn.screening.messages;
type RuleId = keyof typeof uiEn.screening.rules;
type CoreId = keyof typeof uiEn.screening.cores;
type StepId = Exclude<keyof typeof uiEn.screening.steps, 'stepSeparator'>;

const PREFIX = 'chemicals.screening.';
const isMessageName = (name: string): name is MessageName => name in uiEn.screening.messages;
const isRuleId = (id: string): id is RuleId => id in uiEn.screening.rules;
const isCoreId = (id: string): id is CoreId => id in uiEn.screening.cores;
const isStepId = (id: string): id is StepId => id !== 'stepSeparator' && id in uiEn.screening.steps;

export function useScreeningText() {
  const { t, i18n } = useTranslation();

  /** The parameters in the UI language where the API gave English phrases (steps, core, identifier kind). */
  function localParams(item: Message | FindingLike): Params {
    const params: Params = { ...item.params };
    if ('ruleId' in item) {
      const steps = item.transformations ?? [];
      if (steps.length > 0 && steps.every(isStepId)) {
        params.steps = steps.map((s) => t(`screening.steps.${s}`)).join(t('screening.steps.stepSeparator'));
      }
      if (isCoreId(item.ruleId)) params.core = t(`screening.cores.${item.ruleId}`);
    }
    const kind = params.identifierKind;
    if (kind === 'CAS' || kind === 'Name') params.identifierKind = t(`screening.identifierKinds.${kind}`);
    return params;
  }

  function message(item: Message | FindingLike): string {
    const name = item.messageKey.startsWith(PREFIX) ? item.messageKey.slice(PREFIX.length) : '';
    if (!isMessageName(name)) return item.message;
    // The template in the UI language, filled here: the params come from the API, so i18next cannot type them.
    const template: unknown = i18n.getResource(i18n.language, 'translation', `screening.messages.${name}`);
    return typeof template === 'string' ? interpolate(template, localParams(item)) : item.message;
  }

  function ruleLabel(ruleId: string): string {
    return isRuleId(ruleId) ? t(`screening.rules.${ruleId}`) : ruleId;
  }

  return { message, ruleLabel };
}
