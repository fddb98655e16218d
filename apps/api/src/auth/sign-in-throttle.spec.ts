import { trustProxySetting } from './sign-in-throttle';

describe(trustProxySetting.name, () => {
  it.each([
    ['loopback', ['loopback']],
    ['false', false],
    ['true', true],
    ['2', 2],
    ['10.0.0.0/8, 192.168.1.10', ['10.0.0.0/8', '192.168.1.10']],
  ])('reads %s as Express trust proxy %p', (value, expected) => {
    expect(trustProxySetting(value)).toEqual(expected);
  });
});
