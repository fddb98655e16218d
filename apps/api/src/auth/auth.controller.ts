import { Body, Controller, Get, HttpCode, Ip, Patch, Post } from '@nestjs/common';
import {
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { identifierOf } from '../common/identifier';
import { RequestId } from '../common/request-id';
import { AccountService } from './account.service';
import { LoginDto, LoginResponseDto, MeDto, UpdateMeDto } from './auth.dto';
import { AuthService, toMe } from './auth.service';
import type { AuthUser } from './auth-user';
import { AnyRole, CurrentUser, DuringEnrolment, Public } from './decorators';

@ApiTags('auth')
@Controller()
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly accounts: AccountService,
  ) {}

  @Public()
  @Post('auth/login')
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiUnauthorizedResponse({
    description:
      'Wrong email, phone or password, or an inactive account (INVALID_CREDENTIALS); the account has a second factor and no `totp` or `recoveryCode` was given (TOTP_REQUIRED), or it is wrong (TOTP_INVALID).',
  })
  @ApiForbiddenResponse({
    description: 'Right password, but the account is not confirmed yet: ACCOUNT_NOT_VERIFIED (problem+json).',
  })
  @ApiTooManyRequestsResponse({
    description:
      'Too many failed sign-ins for this account, or too many attempts from this address; wait `Retry-After` seconds (problem+json).',
  })
  login(@Body() body: LoginDto, @Ip() address: string): Promise<LoginResponseDto> {
    return this.auth.login(identifierOf(body), body.password, address, {
      totp: body.totp,
      recoveryCode: body.recoveryCode,
    });
  }

  @AnyRole()
  @DuringEnrolment()
  @Get('me')
  @ApiOkResponse({ type: MeDto })
  me(@CurrentUser() user: AuthUser): MeDto {
    return toMe(user);
  }

  @AnyRole()
  @DuringEnrolment()
  @Patch('me')
  @ApiOkResponse({
    type: MeDto,
    description:
      'The caller as changed. Only their own name and language: roles, organisation and contact details are changed by others or by their own flows.',
  })
  updateMe(@CurrentUser() user: AuthUser, @Body() body: UpdateMeDto, @RequestId() requestId: string): Promise<MeDto> {
    return this.accounts.updateProfile(user, body, requestId);
  }
}
