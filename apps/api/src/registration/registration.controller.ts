import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiAcceptedResponse, ApiOkResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { Public } from '../auth/decorators';
import { RequestId } from '../common/request-id';
import { RegisterDto, RegistrationAcceptedDto, VerifiedDto, VerifyDto } from './registration.dto';
import { RegistrationService } from './registration.service';

@ApiTags('auth')
@Controller('auth')
export class RegistrationController {
  constructor(private readonly registration: RegistrationService) {}

  @Public()
  @Post('register')
  @HttpCode(202)
  @ApiAcceptedResponse({
    type: RegistrationAcceptedDto,
    description: 'A code is on its way, if this identifier can register; the same answer either way.',
  })
  @ApiTooManyRequestsResponse({
    description: 'A message went to this identifier too recently; wait `Retry-After` seconds (problem+json).',
  })
  register(@Body() body: RegisterDto, @RequestId() requestId: string): Promise<RegistrationAcceptedDto> {
    return this.registration.register(body, requestId);
  }

  @Public()
  @Post('verify')
  @HttpCode(200)
  @ApiOkResponse({ type: VerifiedDto, description: 'The account is confirmed and signed in.' })
  verify(@Body() body: VerifyDto, @RequestId() requestId: string): Promise<VerifiedDto> {
    return this.registration.verify(body, requestId);
  }
}
