import { ApiProperty } from '@nestjs/swagger';
import { IsOneOf, IsPhone, IsText } from '../common/validators';

/** Sign in with `email` or `phone` (E.164), one of the two. */
export class LoginDto {
  @IsText({ max: 254, required: false, example: 'applicant@demo.test', description: 'Email address; or give `phone`.' })
  email?: string;

  @IsPhone({ required: false })
  phone?: string;

  @IsText({ max: 1024, example: 'demo-password' })
  password: string;

  @IsText({
    max: 6,
    required: false,
    example: '123456',
    description: 'TOTP code, when the account has a second factor (else 401 TOTP_REQUIRED).',
  })
  totp?: string;

  @IsText({
    max: 20,
    required: false,
    example: 'AB12C-DE34F',
    description: 'A recovery code instead of `totp`; each works once.',
  })
  recoveryCode?: string;
}

export class MeDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ nullable: true, type: String }) email: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'E.164 phone number.' }) phone: string | null;
  @ApiProperty() displayName: string;
  @ApiProperty({ type: [String] }) roles: string[];
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) organizationId: string | null;
  @ApiProperty({ enum: ['fr', 'en'] }) language: string;
}

/** What a person may change about themselves: the name others see and the language of the portal and messages. */
export class UpdateMeDto {
  @IsText({
    max: 200,
    required: false,
    example: 'Aïssatou Camara',
    description: 'The name shown to staff and to the organisation’s members.',
  })
  displayName?: string;

  @IsOneOf(['fr', 'en'], {
    required: false,
    description: 'Language of the portal (adopted at sign-in) and of the messages sent to this person.',
  })
  language?: 'fr' | 'en';
}

export class LoginResponseDto {
  @ApiProperty() accessToken: string;
  @ApiProperty({ example: 'Bearer' }) tokenType: string;
  @ApiProperty({ description: 'Lifetime in seconds.' }) expiresIn: number;
  @ApiProperty({ type: MeDto }) user: MeDto;
}
