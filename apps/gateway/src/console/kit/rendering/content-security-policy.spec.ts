import { contentSecurityPolicy } from './content-security-policy';

describe('the console CSP', () => {
  const sut = contentSecurityPolicy('bm9uY2U=');

  it("allows scripts only from this origin or with this response's nonce", () => {
    expect(sut).toContain("script-src 'self' 'nonce-bm9uY2U='");
    expect(sut).not.toContain('unsafe-inline');
    expect(sut).not.toContain('unsafe-eval');
  });

  it('refuses framing and posting forms elsewhere', () => {
    expect(sut).toContain("frame-ancestors 'none'");
    expect(sut).toContain("form-action 'self'");
  });
});
