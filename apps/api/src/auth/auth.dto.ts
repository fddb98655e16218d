import { ApiProperty } from '@nestjs/swagger';
import { IsText } from '../common/validators';

export class LoginDto {
  @IsText({ max: 254, example: 'applicant@demo.test' })
  email: string;

  @IsText({ max: 200, example: 'demo-password' })
  password: string;
}

export class MeDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() email: string;
  @ApiProperty() displayName: string;
  @ApiProperty({ type: [String] }) roles: string[];
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) organizationId: string | null;
  @ApiProperty({ enum: ['fr', 'en'] }) language: string;
}

export class LoginResponseDto {
  @ApiProperty() accessToken: string;
  @ApiProperty({ example: 'Bearer' }) tokenType: string;
  @ApiProperty({ description: 'Lifetime in seconds.' }) expiresIn: number;
  @ApiProperty({ type: MeDto }) user: MeDto;
}
