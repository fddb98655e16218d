import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { IsPhone, IsText } from '../common/validators';

/** Link tokens are 32 random bytes in base64url (43 characters); anything else names no token. */
const TOKEN_DOC = {
  type: 'string',
  minLength: 1,
  maxLength: 200,
  example: 'q3v1…',
  description: 'The `token` of the link received.',
} as const;

export class AcceptInvitationDto {
  @ApiProperty(TOKEN_DOC)
  @IsText({ max: 200 })
  token: string;

  @IsText({ max: 1024, description: 'At least 8 characters, at most 128; refused if among common passwords.' })
  password: string;
}

/** `email` or `phone`, one of the two. */
export class PasswordResetRequestDto {
  @IsText({ max: 254, required: false, example: 'pm@example.org' })
  email?: string;

  @IsPhone({ required: false })
  phone?: string;
}

export class PasswordResetConfirmDto {
  @ApiProperty(TOKEN_DOC)
  @IsText({ max: 200 })
  token: string;

  @IsText({ max: 1024, description: 'At least 8 characters, at most 128; refused if among common passwords.' })
  newPassword: string;
}

export class ChangePasswordDto {
  @IsText({ max: 1024 })
  currentPassword: string;

  @IsText({ max: 1024, description: 'At least 8 characters, at most 128; refused if among common passwords.' })
  newPassword: string;
}

export class PasswordChangedDto {
  @ApiProperty({ format: 'date-time' }) changedAt: string;
}

export class SecondFactorSetupDto {
  @ApiProperty({ description: 'The TOTP secret in base32, for typing into an authenticator app.' }) secret: string;
  @ApiProperty({ example: 'otpauth://totp/…' }) otpauthUri: string;
  @ApiProperty({
    description: 'The otpauth URI as a QR code, a data: URL of a PNG image.',
    example: 'data:image/png;base64,…',
  })
  qrCode: string;
}

export class EnableSecondFactorDto {
  @ApiProperty({ pattern: '^\\d{6}$', example: '123456', description: 'A current code from the authenticator app.' })
  @Matches(/^\d{6}$/, { message: 'INVALID' })
  code: string;
}

export class RecoveryCodesDto {
  @ApiProperty({
    type: [String],
    description: 'Ten single-use codes for signing in without the phone; shown only this once.',
  })
  recoveryCodes: string[];
}
