import { ArgumentMetadata, Injectable, ValidationError, ValidationPipe } from '@nestjs/common';
import { FieldCode, FieldError } from '@csf/domain';
import { AppError } from './app-error';

/** class-validator constraint names → our stable field codes. Custom validators are named after the code. */
const CONSTRAINT_CODES: Record<string, FieldCode> = {
  whitelistValidation: FieldCode.UNKNOWN_FIELD,
  isDefined: FieldCode.REQUIRED,
  isNotEmpty: FieldCode.REQUIRED,
  isInt: FieldCode.NOT_INTEGER,
  min: FieldCode.TOO_SMALL,
  max: FieldCode.TOO_LARGE,
  maxLength: FieldCode.TOO_LONG,
  arrayMaxSize: FieldCode.TOO_LARGE,
  arrayMinSize: FieldCode.REQUIRED,
  isIn: FieldCode.NOT_IN_LIST,
  isEnum: FieldCode.NOT_IN_LIST,
  isEmail: FieldCode.INVALID_EMAIL,
  isDateString: FieldCode.INVALID_DATE,
  isISO8601: FieldCode.INVALID_DATE,
};

function paramsFor(error: ValidationError, constraint: string): Record<string, string | number> | undefined {
  const context = error.contexts?.[constraint] as Record<string, string | number> | undefined;
  return context;
}

/** Flattens class-validator's tree into `budgetLines[1].total`-style paths with stable codes. */
export function toFieldErrors(errors: ValidationError[], parent = ''): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    const path = /^\d+$/.test(error.property)
      ? `${parent}[${error.property}]`
      : parent
        ? `${parent}.${error.property}`
        : error.property;
    for (const constraint of Object.keys(error.constraints ?? {})) {
      const code = (CONSTRAINT_CODES[constraint] ??
        (constraint in FieldCode ? constraint : FieldCode.INVALID)) as FieldCode;
      out.push({ field: path, code, params: paramsFor(error, constraint) });
    }
    if (error.children?.length) out.push(...toFieldErrors(error.children, path));
  }
  return out;
}

/**
 * The global pipe: unknown fields are rejected (not stripped), nothing is implicitly converted (a string "12"
 * is not money), and a body that is not a JSON object is refused before class-validator sees it.
 */
@Injectable()
export class StrictValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      forbidUnknownValues: true,
      transform: true,
      transformOptions: { enableImplicitConversion: false },
      stopAtFirstError: true,
      validationError: { target: false, value: false },
      exceptionFactory: (errors) => AppError.validation(toFieldErrors(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const isDto = metadata.metatype && ![String, Boolean, Number, Array, Object].includes(metadata.metatype as never);
    const noFields = metadata.type === 'body' && (metadata.metatype as { noFields?: boolean } | undefined)?.noFields;
    // A command without fields may come without a body at all (no content type): nothing to check.
    if (noFields && value === undefined) return {};
    if (metadata.type === 'body' && isDto && (value === null || typeof value !== 'object' || Array.isArray(value))) {
      throw AppError.validation([{ field: '', code: FieldCode.INVALID }]);
    }
    // Commands without a body (`{}`): class-validator has no metadata for such a class, so check it here.
    if (noFields) {
      const keys = Object.keys((value as object | undefined) ?? {});
      if (keys.length) throw AppError.validation(keys.map((field) => ({ field, code: FieldCode.UNKNOWN_FIELD })));
      return {};
    }
    return super.transform(value, metadata);
  }
}
