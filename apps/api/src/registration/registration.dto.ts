import { ApiProperty } from '@nestjs/swagger';
import { IsOneOf, IsPhone, IsText } from '../common/validators';
import { MeDto } from '../auth/auth.dto';

/** A community group member creates an account with `email` or `phone` (E.164), one of the two. */
export class RegisterDto {
  @IsText({
    max: 254,
    required: false,
    example: 'awa.diallo@example.org',
    description: 'Email address; or give `phone`.',
  })
  email?: string;

  @IsPhone({ required: false })
  phone?: string;

  @IsText({
    max: 200,
    example: 'correct horse battery staple',
    description: 'At least 8 characters, not a common password.',
  })
  password: string;

  @IsText({ max: 200, example: 'Aïssatou Camara' })
  displayName: string;

  @IsOneOf(['fr', 'en'], { description: 'Language of the messages the person receives.' })
  language: 'fr' | 'en';

  @IsText({
    max: 200,
    required: false,
    description:
      'The `token` of an invitation from an organisation to this email or phone: the person joins it once the code is confirmed.',
  })
  invitationToken?: string;
}

export class RegistrationAcceptedDto {
  @ApiProperty({
    description:
      'How long a code sent now stays valid, in seconds. The answer is the same whether or not the identifier already ' +
      'has an account (an existing account receives a message saying so instead of a code).',
    example: 900,
  })
  codeValidForSeconds: number;
}

export class VerifyDto {
  @IsText({
    max: 254,
    required: false,
    example: 'awa.diallo@example.org',
    description: 'Email address; or give `phone`.',
  })
  email?: string;

  @IsPhone({ required: false })
  phone?: string;

  @IsText({ max: 6, example: '123456', description: 'The 6-digit code received by email or SMS.' })
  code: string;
}

export class VerifiedDto {
  @ApiProperty() accessToken: string;
  @ApiProperty({ example: 'Bearer' }) tokenType: string;
  @ApiProperty({ description: 'Lifetime in seconds.' }) expiresIn: number;
  @ApiProperty({ type: MeDto }) user: MeDto;
}
