// The firearm reference table (makes, models, calibers) for autocomplete, and the description check that warns
// about the descriptions that make traces fail. Read-only, for any signed-in user.
import type { AppInstance } from '../../../app';
import {
  autocompleteCalibers,
  autocompleteMakes,
  autocompleteModels,
  checkDescription,
  getMake,
  normaliseMake,
} from '../../../../core/firearms';
import { requireAuth } from '../../../platform/auth';
import { problemResponses } from '../../../platform/http/schemas';
import { describeFirearm } from '../firearmInput';
import { presentCaliber, presentMake, presentModel, presentWarning } from './presenters';
import {
  caliberList,
  calibersQuery,
  descriptionCheckBody,
  descriptionCheckView,
  makeList,
  makesQuery,
  modelList,
  modelsQuery,
} from './schemas';

const tags = ['firearm reference'];

export function firearmReferenceRoutes(app: AppInstance) {
  app.get(
    '/api/v1/firearms/reference/makes',
    {
      schema: {
        tags,
        summary: 'Makes whose name or alias starts with q',
        querystring: makesQuery,
        response: { 200: makeList, ...problemResponses },
      },
    },
    async (request) => {
      requireAuth(request);
      return { items: autocompleteMakes(request.query.q, request.query.limit).map(presentMake) };
    },
  );

  app.get(
    '/api/v1/firearms/reference/models',
    {
      schema: {
        tags,
        summary: 'Models of one make (by id or as typed) starting with q',
        querystring: modelsQuery,
        response: { 200: modelList, ...problemResponses },
      },
    },
    async (request) => {
      requireAuth(request);
      const make = getMake(request.query.make) ?? normaliseMake(request.query.make);
      return {
        make: make ? presentMake(make) : null,
        items: make ? autocompleteModels(make, request.query.q, request.query.limit).map(presentModel) : [],
      };
    },
  );

  app.get(
    '/api/v1/firearms/reference/calibers',
    {
      schema: {
        tags,
        summary: 'Calibers whose name or alias starts with q',
        querystring: calibersQuery,
        response: { 200: caliberList, ...problemResponses },
      },
    },
    async (request) => {
      requireAuth(request);
      return { items: autocompleteCalibers(request.query.q, request.query.limit).map(presentCaliber) };
    },
  );

  app.post(
    '/api/v1/firearms/description-check',
    {
      schema: {
        tags,
        summary: 'Check a firearm description against the reference table (warnings, not errors)',
        body: descriptionCheckBody,
        response: { 200: descriptionCheckView, ...problemResponses },
      },
    },
    async (request) => {
      requireAuth(request);
      const check = checkDescription(request.body);
      return {
        make: check.make
          ? { id: check.make.id, name: check.make.name, countries: [...check.make.countries] }
          : null,
        model: check.model ? { name: check.model.name, types: [...check.model.types] } : null,
        caliber: check.caliber ? { id: check.caliber.id, name: check.caliber.name } : null,
        freeText: describeFirearm(request.body).free_text_description,
        warnings: check.warnings.map((w) => presentWarning(w, request.locale)),
      };
    },
  );
}
