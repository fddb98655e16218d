import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
} from '@nestjs/swagger';
import { identifierOf } from '../common/identifier';
import { EmptyCommandDto } from '../grants/grant.dto';
import {
  AcceptInvitationDto,
  ChangePasswordDto,
  EnableSecondFactorDto,
  PasswordChangedDto,
  PasswordResetConfirmDto,
  PasswordResetRequestDto,
  RecoveryCodesDto,
  SecondFactorSetupDto,
} from './account.dto';
import { AccountService } from './account.service';
import { LoginResponseDto } from './auth.dto';
import type { AuthUser } from './auth-user';
import { AnyRole, CurrentUser, DuringEnrolment, Public } from './decorators';
import { TwoFactor } from './two-factor';

/** A person's own account: invitation, passwords, sessions, second factor. */
@ApiTags('auth')
@Controller('auth')
export class AccountController {
  constructor(
    private readonly accounts: AccountService,
    private readonly twoFactor: TwoFactor,
  ) {}

  @Public()
  @Post('invitations/accept')
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResponseDto, description: 'The password is set and the person signed in.' })
  acceptInvitation(@Body() body: AcceptInvitationDto): Promise<LoginResponseDto> {
    return this.accounts.acceptInvitation(body.token, body.password);
  }

  @Public()
  @Post('password-reset')
  @HttpCode(202)
  @ApiAcceptedResponse({
    description: 'Always, whether or not an account has this email or phone: a link is sent if one does.',
  })
  @ApiTooManyRequestsResponse({
    description: 'More than 5 requests an hour for this email or phone; wait `Retry-After` seconds (problem+json).',
  })
  async requestPasswordReset(@Body() body: PasswordResetRequestDto): Promise<void> {
    await this.accounts.requestPasswordReset(identifierOf(body));
  }

  @Public()
  @Post('password-reset/confirm')
  @HttpCode(200)
  @ApiOkResponse({
    type: PasswordChangedDto,
    description: 'The password is changed and every session ended; sign in with it.',
  })
  confirmPasswordReset(@Body() body: PasswordResetConfirmDto): Promise<PasswordChangedDto> {
    return this.accounts.confirmPasswordReset(body.token, body.newPassword);
  }

  @AnyRole()
  @DuringEnrolment()
  @Post('password')
  @HttpCode(200)
  @ApiOkResponse({ type: LoginResponseDto, description: 'Changed; other sessions ended, and this is the new token.' })
  @ApiTooManyRequestsResponse({
    description: 'Too many wrong current passwords; wait `Retry-After` seconds (problem+json).',
  })
  changePassword(@CurrentUser() user: AuthUser, @Body() body: ChangePasswordDto): Promise<LoginResponseDto> {
    return this.accounts.changePassword(user, body.currentPassword, body.newPassword);
  }

  @AnyRole()
  @DuringEnrolment()
  @Post('logout')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Every token of the caller, on every device, stops working.' })
  async logout(@CurrentUser() user: AuthUser, @Body() _body: EmptyCommandDto): Promise<void> {
    await this.accounts.logoutEverywhere(user);
  }

  @AnyRole()
  @DuringEnrolment()
  @Post('2fa/setup')
  @HttpCode(200)
  @ApiOkResponse({
    type: SecondFactorSetupDto,
    description: 'A new TOTP secret to confirm with /auth/2fa/enable (409 when already enabled).',
  })
  setupSecondFactor(@CurrentUser() user: AuthUser, @Body() _body: EmptyCommandDto): Promise<SecondFactorSetupDto> {
    return this.twoFactor.setup(user);
  }

  @AnyRole()
  @DuringEnrolment()
  @Post('2fa/enable')
  @HttpCode(200)
  @ApiOkResponse({
    type: RecoveryCodesDto,
    description: 'Enabled: sign-in now asks for a code. The recovery codes are shown this once.',
  })
  async enableSecondFactor(
    @CurrentUser() user: AuthUser,
    @Body() body: EnableSecondFactorDto,
  ): Promise<RecoveryCodesDto> {
    return { recoveryCodes: await this.twoFactor.enable(user.id, body.code) };
  }
}
