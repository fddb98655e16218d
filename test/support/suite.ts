import { TestApp } from './app';
import { FakePaymentProvider } from './payment-provider';
import { ReviewFlow } from './review-flow';

export interface Suite {
  app: TestApp;
  flow: ReviewFlow;
  provider: FakePaymentProvider;
}

/**
 * Declares a describe block's real system: a local HTTP payment provider, the app (API + worker) paying
 * through it, and a round with its panel. Filled in beforeAll, torn down in afterAll.
 */
export function withHttpProvider(
  env: Record<string, string> = {},
  round: Parameters<typeof ReviewFlow.create>[1] = {},
): Suite {
  const suite = { provider: new FakePaymentProvider() } as Suite;
  beforeAll(async () => {
    const url = await suite.provider.start();
    suite.app = await TestApp.start({ PAYMENT_GATEWAY: 'http', PAYMENT_API_URL: url, ...env });
    suite.flow = await ReviewFlow.create(suite.app, round);
  });
  afterAll(async () => {
    await suite.app?.stop();
    await suite.provider.stop();
  });
  return suite;
}
