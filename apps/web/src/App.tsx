import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { useToken } from './auth/hooks';
import { session } from './auth/session';
import { Header } from './components/Header';
import { Loading } from './components/status';

// One chunk per screen: a phone on a slow network downloads only the screen it opens.
const Home = lazy(() => import('./pages/Home'));
const RoundDetail = lazy(() => import('./pages/RoundDetail'));
const Register = lazy(() => import('./pages/Register'));
const SignIn = lazy(() => import('./pages/SignIn'));
const Organization = lazy(() => import('./pages/Organization'));
const Proposals = lazy(() => import('./pages/Proposals'));
const ProposalDraft = lazy(() => import('./pages/ProposalDraft'));
const ProposalFollow = lazy(() => import('./pages/ProposalFollow'));
const Notifications = lazy(() => import('./pages/Notifications'));
const ReviewAssignments = lazy(() => import('./pages/ReviewAssignments'));
const ReviewAssignment = lazy(() => import('./pages/ReviewAssignment'));
const AcceptInvitation = lazy(() => import('./pages/AcceptInvitation'));
const ForgotPassword = lazy(() => import('./pages/ForgotPassword'));
const ResetPassword = lazy(() => import('./pages/ResetPassword'));
const OrganizationInvitation = lazy(() => import('./pages/OrganizationInvitation'));
const Profile = lazy(() => import('./pages/Profile'));
const Grants = lazy(() => import('./pages/Grants'));
const GrantPage = lazy(() => import('./pages/Grant'));
const GrantSign = lazy(() => import('./pages/GrantSign'));
const GrantReport = lazy(() => import('./pages/GrantReport'));
const DecisionQueue = lazy(() => import('./pages/committee/DecisionQueue'));
const Decision = lazy(() => import('./pages/committee/Decision'));
const FinanceQueue = lazy(() => import('./pages/finance/FinanceQueue'));
const PaymentOrder = lazy(() => import('./pages/finance/PaymentOrder'));
const ManageHome = lazy(() => import('./pages/manage/Home'));
const ManageRounds = lazy(() => import('./pages/manage/Rounds'));
const ManageRoundEdit = lazy(() => import('./pages/manage/RoundEdit'));
const ManageScreening = lazy(() => import('./pages/manage/Screening'));
const ManageOrganizations = lazy(() => import('./pages/manage/Organizations'));
const ManageReports = lazy(() => import('./pages/manage/Reports'));
const ManageGrant = lazy(() => import('./pages/manage/Grant'));
// The chart library comes with this chunk only.
const ManagePortfolio = lazy(() => import('./pages/manage/Portfolio'));
const People = lazy(() => import('./pages/admin/People'));
const InvitePerson = lazy(() => import('./pages/admin/InvitePerson'));
const Person = lazy(() => import('./pages/admin/Person'));
const AdminOrganizations = lazy(() => import('./pages/admin/Organizations'));
const AdminOrganization = lazy(() => import('./pages/admin/OrganizationDetail'));
const AuditSearch = lazy(() => import('./pages/audit/AuditSearch'));
const NotFound = lazy(() => import('./pages/NotFound'));

export default function App() {
  return (
    <Layout>
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route path="/" element={<Home />} />
          <Route path="/rounds/:id" element={<RoundDetail />} />
          <Route path="/register" element={<Register />} />
          <Route path="/sign-in" element={<SignIn />} />
          <Route
            path="/organization"
            element={
              <RequireSession>
                <Organization />
              </RequireSession>
            }
          />
          <Route
            path="/proposals"
            element={
              <RequireSession>
                <Proposals />
              </RequireSession>
            }
          />
          <Route
            path="/proposals/:id"
            element={
              <RequireSession>
                <ProposalDraft />
              </RequireSession>
            }
          />
          <Route
            path="/proposals/:id/follow"
            element={
              <RequireSession>
                <ProposalFollow />
              </RequireSession>
            }
          />
          <Route
            path="/messages"
            element={
              <RequireSession>
                <Notifications />
              </RequireSession>
            }
          />
          <Route
            path="/reviews"
            element={
              <RequireSession>
                <ReviewAssignments />
              </RequireSession>
            }
          />
          <Route
            path="/reviews/:id"
            element={
              <RequireSession>
                <ReviewAssignment />
              </RequireSession>
            }
          />
          <Route path="/invitation" element={<AcceptInvitation />} />
          <Route path="/forgot-password" element={<ForgotPassword />} />
          <Route path="/reset-password" element={<ResetPassword />} />
          <Route path="/organization-invitation" element={<OrganizationInvitation />} />
          <Route
            path="/profile"
            element={
              <RequireSession>
                <Profile />
              </RequireSession>
            }
          />
          <Route
            path="/grants"
            element={
              <RequireSession>
                <Grants />
              </RequireSession>
            }
          />
          <Route
            path="/grants/:id"
            element={
              <RequireSession>
                <GrantPage />
              </RequireSession>
            }
          />
          <Route
            path="/grants/:id/sign"
            element={
              <RequireSession>
                <GrantSign />
              </RequireSession>
            }
          />
          <Route
            path="/grants/:id/reports/:rid"
            element={
              <RequireSession>
                <GrantReport />
              </RequireSession>
            }
          />
          <Route
            path="/committee"
            element={
              <RequireSession>
                <DecisionQueue />
              </RequireSession>
            }
          />
          <Route
            path="/committee/:id"
            element={
              <RequireSession>
                <Decision />
              </RequireSession>
            }
          />
          <Route
            path="/finance"
            element={
              <RequireSession>
                <FinanceQueue />
              </RequireSession>
            }
          />
          <Route
            path="/finance/grants/:id/tranches/:n"
            element={
              <RequireSession>
                <PaymentOrder />
              </RequireSession>
            }
          />
          <Route
            path="/manage"
            element={
              <RequireSession>
                <ManageHome />
              </RequireSession>
            }
          />
          <Route
            path="/manage/rounds"
            element={
              <RequireSession>
                <ManageRounds />
              </RequireSession>
            }
          />
          <Route
            path="/manage/rounds/:id"
            element={
              <RequireSession>
                <ManageRoundEdit />
              </RequireSession>
            }
          />
          <Route
            path="/manage/screening"
            element={
              <RequireSession>
                <ManageScreening />
              </RequireSession>
            }
          />
          <Route
            path="/manage/organizations"
            element={
              <RequireSession>
                <ManageOrganizations />
              </RequireSession>
            }
          />
          <Route
            path="/manage/reports"
            element={
              <RequireSession>
                <ManageReports />
              </RequireSession>
            }
          />
          <Route
            path="/manage/grants/:id"
            element={
              <RequireSession>
                <ManageGrant />
              </RequireSession>
            }
          />
          <Route
            path="/manage/portfolio"
            element={
              <RequireSession>
                <ManagePortfolio />
              </RequireSession>
            }
          />
          <Route
            path="/admin/people"
            element={
              <RequireSession>
                <People />
              </RequireSession>
            }
          />
          <Route
            path="/admin/people/invite"
            element={
              <RequireSession>
                <InvitePerson />
              </RequireSession>
            }
          />
          <Route
            path="/admin/people/:id"
            element={
              <RequireSession>
                <Person />
              </RequireSession>
            }
          />
          <Route
            path="/admin/organizations"
            element={
              <RequireSession>
                <AdminOrganizations />
              </RequireSession>
            }
          />
          <Route
            path="/admin/organizations/:id"
            element={
              <RequireSession>
                <AdminOrganization />
              </RequireSession>
            }
          />
          <Route
            path="/audit"
            element={
              <RequireSession>
                <AuditSearch />
              </RequireSession>
            }
          />
          <Route path="*" element={<NotFound />} />
        </Routes>
      </Suspense>
    </Layout>
  );
}

/** Where to come back to after signing in. */
export function here(location: { pathname: string; search: string }): string {
  return encodeURIComponent(location.pathname + location.search);
}

function signInAddress(location: { pathname: string; search: string }): string {
  return `/sign-in?${session.wasExpired() ? 'expired=1&' : ''}next=${here(location)}`;
}

function RequireSession({ children }: { children: ReactNode }) {
  const token = useToken();
  const location = useLocation();
  // The same address as the expiry listener's below: whichever runs first, the person lands on one page.
  if (!token) return <Navigate to={signInAddress(location)} replace />;
  return children;
}

function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();

  useEffect(
    () =>
      session.subscribe((reason) => {
        if (reason === 'signed-in') return;
        queryClient.removeQueries({ queryKey: ['me'] });
        // void: under BrowserRouter navigate() is synchronous; only data routers return a promise.
        if (reason === 'expired') void navigate(signInAddress(window.location), { replace: true });
        else void navigate('/');
      }),
    [navigate, queryClient],
  );

  // A new screen is announced by moving focus to its heading's container, as a page load would.
  useEffect(() => {
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [location.pathname]);

  return (
    <>
      <a className="skip" href="#main">
        {t('app.skip')}
      </a>
      <Header />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
