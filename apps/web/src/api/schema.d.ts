// Generated from openapi.json by `npm run web:client`: do not edit.

export interface paths {
    "/api/v1/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HistoryController_search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/2fa/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AccountController_enableSecondFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/2fa/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AccountController_setupSecondFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AccountController_acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AccountController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AccountController_changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AccountController_requestPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/password-reset/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AccountController_confirmPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/register": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RegistrationController_register"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RegistrationController_verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/audit.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExportsController_audit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/disbursements.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExportsController_disbursements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/grants.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExportsController_grants"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/iati.xml": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExportsController_iati"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/exports/proposals.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExportsController_proposals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GrantsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grants/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GrantsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grants/{id}/agreement/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["GrantsController_sign"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grants/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["GrantsController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grants/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HistoryController_grant"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grants/{id}/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GrantsController_milestones"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grants/{id}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GrantsController_reports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grants/{id}/reports/{rid}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GrantsController_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grants/{id}/reports/{rid}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["GrantsController_acceptReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grants/{id}/reports/{rid}/request-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["GrantsController_requestChanges"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grants/{id}/reports/{rid}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["GrantsController_submitReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grants/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["GrantsController_resume"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grants/{id}/suspend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["GrantsController_suspend"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grants/{id}/terminate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["GrantsController_terminate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grants/{id}/tranches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GrantsController_tranches"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grants/{id}/tranches/{n}/approve-release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["GrantsController_approveRelease"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grants/{id}/tranches/{n}/confirm-payment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["GrantsController_confirmPayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grants/{id}/tranches/{n}/payment-order": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["GrantsController_paymentOrder"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grants/{id}/tranches/{n}/request-release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["GrantsController_requestRelease"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grants/{id}/tranches/{n}/resolve-payment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["GrantsController_resolvePayment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/grants/{id}/tranches/{n}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["GrantsController_retry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["AuthController_updateMe"];
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["NotificationsController_mine"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OrganizationsController_list"];
        put?: never;
        post: operations["OrganizationsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OrganizationsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["OrganizationsController_update"];
        trace?: never;
    };
    "/api/v1/organizations/{id}/members/{userId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["OrganizationsController_removeMember"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}/members/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["OrganizationsController_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["OrganizationsController_verify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organizations/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["OrganizationsController_acceptInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portfolio/at-risk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PortfolioController_atRisk"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portfolio/milestones": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PortfolioController_milestones"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portfolio/overdue-reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PortfolioController_overdueReports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/portfolio/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PortfolioController_summary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ProposalsController_list"];
        put?: never;
        post: operations["ProposalsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/proposals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ProposalsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["ProposalsController_update"];
        trace?: never;
    };
    "/api/v1/proposals/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ProposalsController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/proposals/{id}/eligibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ProposalsController_eligibility"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/proposals/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HistoryController_proposal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/proposals/{id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ProposalReviewsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/proposals/{id}/screening": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ProposalsController_screen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/proposals/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ProposalsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/proposals/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ProposalsController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PublicRoundsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/rounds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PublicRoundsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReportsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/assignments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReviewsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/assignments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ReviewsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/assignments/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ReviewsController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/assignments/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ReviewsController_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reviews/assignments/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ReviewsController_submit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RoundsController_list"];
        put?: never;
        post: operations["RoundsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["RoundsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["RoundsController_update"];
        trace?: never;
    };
    "/api/v1/rounds/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["RoundsController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rounds/{id}/panel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["RoundsController_setPanel"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tranches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TrancheQueueController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UsersController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["UsersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["UsersController_update"];
        trace?: never;
    };
    "/api/v1/users/{id}/invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["UsersController_resend"];
        delete: operations["UsersController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["UsersController_invite"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/live": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_live"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AcceptAssignmentDto: {
            /**
             * @description Must be false: a reviewer with a conflict of interest declines instead.
             * @enum {boolean}
             */
            conflictOfInterest: false;
        };
        AcceptInvitationDto: {
            /** @description At least 8 characters, at most 128; refused if among common passwords. */
            password: string;
            /**
             * @description The `token` of the link received.
             * @example q3v1…
             */
            token: string;
        };
        AcceptMemberInvitationDto: {
            /** @description The `token` of the invitation link. */
            token: string;
        };
        AssignmentCommandResultDto: {
            /** Format: uuid */
            assignmentId: string;
            /** @enum {string} */
            proposalStatus: "draft" | "submitted" | "screening" | "in_review" | "awaiting_decision" | "approved" | "rejected" | "ineligible" | "revision_requested" | "withdrawn" | "expired";
            status: string;
        };
        AssignmentDetailDto: {
            assignment: components["schemas"]["AssignmentDto"];
            /** @description Null once declined or cancelled: a conflict of interest ends the right to read it. */
            proposal: components["schemas"]["ProposalDto"] | null;
            rubric: components["schemas"]["RubricCriterionDto"][];
        };
        AssignmentDto: {
            /** Format: date-time */
            createdAt: string;
            /** @description Review cycle: 1, then 2 after a revision… */
            cycle: number;
            deadline: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            proposalId: string;
            proposalTitle: string;
            /** @enum {string} */
            status: "pending" | "accepted" | "declined" | "lapsed" | "submitted" | "cancelled";
        };
        AssignmentPageDto: {
            items: components["schemas"]["AssignmentDto"][];
            nextCursor: string | null;
        };
        AtRiskItemDto: {
            /** @description Minor units. */
            amount: number;
            /** @description Flagged at risk (a report overdue past the grace period). */
            atRisk: boolean;
            /**
             * Format: date-time
             * @description When it was flagged at risk; null when it is only stalled.
             */
            atRiskSince: string | null;
            commune: string | null;
            currency: string;
            /** @description Minor units. */
            disbursedAmount: number;
            /** Format: uuid */
            grantId: string;
            lateMilestones: number;
            organization: components["schemas"]["PortfolioOrganizationDto"];
            overdueReports: number;
            /** @description Why it is at risk; null when it is only stalled. */
            reason: string | null;
            region: string | null;
            /** Format: uuid */
            roundId: string;
            /**
             * Format: date-time
             * @description When the grant first needed attention: the earlier of `atRiskSince` and `stalled.since`. The list is ordered by it.
             */
            since: string;
            /** @description Set while an operation of the grant keeps failing; null once one succeeds. */
            stalled: components["schemas"]["StallDto"] | null;
            /** @enum {string} */
            status: "awaiting_agreement" | "active" | "suspended" | "closing" | "closed" | "terminated";
            title: string;
        };
        AtRiskPageDto: {
            items: components["schemas"]["AtRiskItemDto"][];
            nextCursor: string | null;
        };
        AuditEventDto: {
            action: string;
            actorId?: string | null;
            actorRole?: string | null;
            data?: Record<string, never> | null;
            fromState?: string | null;
            id: string;
            /** Format: date-time */
            occurredAt: string;
            reason?: string | null;
            requestId?: string | null;
            toState?: string | null;
            workflowId?: string | null;
        };
        AuditEventPageDto: {
            items: components["schemas"]["AuditEventDto"][];
            nextCursor: string | null;
        };
        AuditSearchEventDto: {
            action: string;
            actorEmail?: string | null;
            actorId?: string | null;
            /** @description The actor's display name, when the actor is a person. */
            actorName?: string | null;
            actorRole?: string | null;
            data?: Record<string, never> | null;
            /** Format: uuid */
            entityId: string;
            /** @enum {string} */
            entityType: "proposal" | "grant" | "round" | "organization" | "user";
            fromState?: string | null;
            id: string;
            /** Format: date-time */
            occurredAt: string;
            reason?: string | null;
            requestId?: string | null;
            toState?: string | null;
            workflowId?: string | null;
        };
        AuditSearchPageDto: {
            /** @description Newest first. */
            items: components["schemas"]["AuditSearchEventDto"][];
            /** @description Id of the last event of this page, for the next one. */
            nextCursor: string | null;
        };
        BeneficiariesDto: {
            /** @example 1200 */
            total: number;
            /** @example 650 */
            women: number;
            /** @example 400 */
            youth: number;
        };
        BudgetLineDto: {
            /** @example equipment */
            category: string;
            /** @example Lampadaires solaires */
            description: string;
            /** @example 20 */
            quantity: number;
            /**
             * Format: int64
             * @description quantity × unitCost, in minor units.
             * @example 45000000
             */
            total: number;
            /**
             * Format: int64
             * @description Unit cost in minor units.
             * @example 45000000
             */
            unitCost: number;
        };
        BudgetLineOutDto: {
            /** @example equipment */
            category: string;
            /** @example Lampadaires solaires */
            description: string;
            /** @example 20 */
            quantity: number;
            /**
             * Format: int64
             * @description quantity × unitCost, in minor units.
             * @example 45000000
             */
            total: number;
            /**
             * Format: int64
             * @description Unit cost in minor units.
             * @example 45000000
             */
            unitCost: number;
        };
        ChangePasswordDto: {
            currentPassword: string;
            /** @description At least 8 characters, at most 128; refused if among common passwords. */
            newPassword: string;
        };
        CloseGrantDto: {
            note?: string;
            /** @example OM-2028-0042 */
            reference?: string;
            /**
             * Format: int64
             * @description Unspent money the grantee returned, in minor units (0 if none); at most what was disbursed.
             * @example 45000000
             */
            unspentAmount: number;
        };
        CloseRoundDto: {
            /**
             * @description Why the round closes before its date; shown to staff and kept in the audit trail.
             * @example Enveloppe entièrement engagée.
             */
            reason: string;
        };
        ConfirmPaymentDto: {
            /**
             * Format: int64
             * @description What was paid, in minor units: exactly the tranche amount (else 422 PAYMENT_AMOUNT_MISMATCH).
             * @example 45000000
             */
            amount: number;
            /**
             * Format: date-time
             * @example 2027-02-15T10:00:00Z
             */
            paidAt: string;
            /**
             * @description The bank or mobile-money reference: one payment per reference (409 PAYMENT_REFERENCE_DUPLICATE).
             * @example OM-2027-0001
             */
            reference: string;
        };
        ConflictOutDto: {
            cycle: number;
            /** Format: date-time */
            declaredAt: string | null;
            /** @description What the reviewer wrote when declining. */
            reason: string | null;
            /** Format: uuid */
            reviewerId: string;
            /** @example Ibrahima Sow */
            reviewerName: string;
        };
        ContactOrganizationDto: {
            email: string | null;
            /** Format: uuid */
            id: string;
            name: string;
            phone: string | null;
        };
        CreateOrganizationDto: {
            /** @example matoto */
            commune: string;
            /** @example contact@afm.example */
            email?: string;
            /** @example Association des femmes de Matoto */
            name: string;
            /**
             * @description E.164 phone number.
             * @example +224620000000
             */
            phone: string;
            /**
             * @description Region key.
             * @example conakry
             * @enum {string}
             */
            region: "conakry" | "kindia" | "mamou" | "labe" | "kankan" | "siguiri";
            registrationNumber?: string;
            /** @enum {string} */
            type: "womens_association" | "youth_group" | "community_based_organization" | "ngo" | "local_security_council";
        };
        CreateProposalDto: {
            beneficiaries?: components["schemas"]["BeneficiariesDto"];
            budgetLines?: components["schemas"]["BudgetLineDto"][];
            /** @example matoto */
            commune?: string;
            /**
             * Format: date
             * @example 2027-12-31
             */
            endDate?: string;
            indicators?: components["schemas"]["IndicatorInputDto"][];
            milestones?: components["schemas"]["MilestoneInputDto"][];
            /** @example Marché */
            neighbourhood?: string;
            /** @description Security problem addressed, linked to the local security assessment. */
            problemStatement?: string;
            /**
             * @description Region key.
             * @example conakry
             * @enum {string}
             */
            region?: "conakry" | "kindia" | "mamou" | "labe" | "kankan" | "siguiri";
            /**
             * Format: int64
             * @description Must equal the sum of the budget lines at submission.
             * @example 45000000
             */
            requestedAmount?: number;
            /** Format: uuid */
            roundId: string;
            /**
             * Format: date
             * @example 2027-02-01
             */
            startDate?: string;
            summary?: string;
            title?: string;
        };
        CreateRoundDto: {
            /**
             * @description Weighted score in percent.
             * @example 60
             */
            approvalThreshold?: number;
            /**
             * Format: int64
             * @description Total the round may award, in minor units.
             * @example 45000000
             */
            budgetEnvelope: number;
            /**
             * Format: date-time
             * @example 2027-01-31T23:59:59Z
             */
            closesAt: string;
            /**
             * @description ISO 4217 code; default GNF.
             * @enum {string}
             */
            currency?: "GNF" | "XOF" | "EUR" | "USD";
            /** @description What the call funds, in French and English; both languages when given. */
            description?: components["schemas"]["LocalizedDescriptionDto"];
            durations?: components["schemas"]["RoundDurationsDto"];
            /** @description Restrict to these communes; all communes when absent. */
            eligibleCommunes?: string[];
            /**
             * @example [
             *       "conakry",
             *       "kankan"
             *     ]
             */
            eligibleRegions: ("conakry" | "kindia" | "mamou" | "labe" | "kankan" | "siguiri")[];
            /**
             * Format: int64
             * @description Largest award for one proposal, in minor units.
             * @example 45000000
             */
            maxAward: number;
            name: components["schemas"]["LocalizedTextDto"];
            /**
             * Format: date-time
             * @example 2026-11-01T00:00:00Z
             */
            opensAt: string;
            /** @example 3 */
            reviewersPerProposal?: number;
            rubric: components["schemas"]["RubricCriterionDto"][];
            /**
             * @description Tranche percentages summing to 100.
             * @example [
             *       40,
             *       40,
             *       20
             *     ]
             */
            tranchePlan: number[];
        };
        CriterionScoreDto: {
            /**
             * @description Comment on this criterion (optional). Staff only; never shown to the applicant.
             * @example Le lien avec la sécurité du quartier est clair.
             */
            comment?: string;
            /** @example relevance */
            criterion: string;
            /** @example 4 */
            score: number;
        };
        DecisionDto: {
            /**
             * Format: int64
             * @description Awarded amount (approve only): at most the requested amount.
             * @example 45000000
             */
            amount?: number;
            /** @description Conditions attached to an approval. */
            conditions?: string;
            /** @description Why the decision goes against the reviews: required (JUSTIFICATION_REQUIRED) to approve below the round’s approvalThreshold or to reject at or above it; kept in the decision’s audit event. */
            justification?: string;
            /** @enum {string} */
            outcome: "approve" | "reject" | "revise";
            /** @description Required to reject, and the comments of a revision request. */
            reason?: string;
        };
        DecisionOutDto: {
            amount: number | null;
            conditions: string | null;
            /** Format: date-time */
            decidedAt: string;
            /** @enum {string} */
            outcome: "approve" | "reject" | "revise";
            reason: string | null;
        };
        DeclineAssignmentDto: {
            /** @example Je suis membre du bureau de cette association. */
            reason: string;
        };
        EligibilityDto: {
            /** @example BUDGET_MISMATCH */
            code: string | null;
            detail: string | null;
            eligible: boolean;
            errors: components["schemas"]["EligibilityFieldErrorDto"][];
            /** @example 422 */
            status: number | null;
            title: string | null;
        };
        EligibilityFieldErrorDto: {
            /** @example MISMATCH */
            code: string;
            /** @example requestedAmount */
            field: string;
            /** @description In the language of Accept-Language, as in problem+json. */
            message: string;
        };
        EmptyCommandDto: Record<string, never>;
        EnableSecondFactorDto: {
            /**
             * @description A current code from the authenticator app.
             * @example 123456
             */
            code: string;
        };
        GrantDto: {
            agreementDeadline: string | null;
            agreementSignedAt: string | null;
            amount: number;
            atRisk: boolean;
            atRiskReason: string | null;
            closedAt: string | null;
            conditions: string | null;
            /** Format: date-time */
            createdAt: string;
            currency: string;
            disbursedAmount: number;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organizationId: string;
            /** @description Masked for every role; finance reads it in full on a tranche's payment order. */
            payout: components["schemas"]["PayoutSummaryDto"] | null;
            /** @enum {string|null} */
            payoutMethod: "mobile_money" | "bank_transfer" | null;
            /** Format: uuid */
            proposalId: string;
            /** @description Reservation returned to the envelope by a termination. */
            releasedAmount: number;
            reports: components["schemas"]["ReportDto"][];
            /** Format: uuid */
            roundId: string;
            stalledReason: string | null;
            /** @description Set while an operation of the grant keeps failing (programme managers are alerted). */
            stalledSince: string | null;
            /** @enum {string} */
            status: "awaiting_agreement" | "active" | "suspended" | "closing" | "closed" | "terminated";
            /** @description Reason of the last suspension, resumption or termination. */
            statusReason: string | null;
            terminatedAt: string | null;
            tranches: components["schemas"]["TrancheDto"][];
            /** @description Unspent money returned by the grantee at closeout. */
            unspentReturnedAmount: number;
            workflowId: string;
        };
        GrantMilestoneDto: {
            daysLate: number;
            deliverable: string;
            /** Format: date */
            dueDate: string;
            /** Format: uuid */
            id: string;
            /** @description Past its due date and not achieved. */
            late: boolean;
            /** @enum {string} */
            status: "pending" | "achieved" | "delayed" | "missed";
            statusChangedAt: string | null;
            title: string;
        };
        GrantPageDto: {
            items: components["schemas"]["GrantSummaryDto"][];
            nextCursor: string | null;
        };
        GrantSummaryDto: {
            amount: number;
            atRisk: boolean;
            /** Format: date-time */
            createdAt: string;
            currency: string;
            disbursedAmount: number;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organizationId: string;
            /** Format: uuid */
            proposalId: string;
            /** Format: uuid */
            roundId: string;
            /** @enum {string} */
            status: "awaiting_agreement" | "active" | "suspended" | "closing" | "closed" | "terminated";
        };
        IndicatorDto: {
            /** @example people_reached */
            key: string;
            /** @example Personnes touchées */
            label: string;
            /** @example 1200 */
            target: number;
        };
        IndicatorInputDto: {
            /** @example people_reached */
            key: string;
            /** @example Personnes touchées */
            label: string;
            /** @example 1200 */
            target: number;
        };
        InvitationStateDto: {
            /** Format: date-time */
            expiresAt: string;
            /** Format: date-time */
            sentAt: string;
            /** @enum {string} */
            state: "pending" | "accepted" | "expired" | "revoked";
        };
        InviteMemberDto: {
            /** @example fatou.sylla@example.org */
            email?: string;
            /**
             * @description E.164 phone number.
             * @example +224620000000
             */
            phone?: string;
        };
        InviteUserDto: {
            /** @example Mariama Diallo */
            displayName: string;
            /** @example pm@example.org */
            email?: string;
            /**
             * @description Language of the invitation and of later messages (default fr).
             * @enum {string}
             */
            language?: "fr" | "en";
            /**
             * @description E.164 phone number.
             * @example +224620000000
             */
            phone?: string;
            /**
             * @example [
             *       "program_manager"
             *     ]
             */
            roles: ("applicant" | "reviewer" | "committee_chair" | "finance_officer" | "finance_approver" | "program_manager" | "admin" | "auditor")[];
        };
        LocalizedDescriptionDto: {
            /** @example This call funds neighbourhood projects that make streets safer. */
            en: string;
            /** @example Cet appel finance des projets de quartier qui rendent les rues plus sûres. */
            fr: string;
        };
        LocalizedTextDto: {
            /** @example Community Safety Fund 2027 */
            en: string;
            /** @example Fonds de sécurité communautaire 2027 */
            fr: string;
        };
        LoginDto: {
            /**
             * @description Email address; or give `phone`.
             * @example applicant@demo.test
             */
            email?: string;
            /** @example demo-password */
            password: string;
            /**
             * @description E.164 phone number.
             * @example +224620000000
             */
            phone?: string;
            /**
             * @description A recovery code instead of `totp`; each works once.
             * @example AB12C-DE34F
             */
            recoveryCode?: string;
            /**
             * @description TOTP code, when the account has a second factor (else 401 TOTP_REQUIRED).
             * @example 123456
             */
            totp?: string;
        };
        LoginResponseDto: {
            accessToken: string;
            /** @description Lifetime in seconds. */
            expiresIn: number;
            /** @example Bearer */
            tokenType: string;
            user: components["schemas"]["MeDto"];
        };
        MeDto: {
            displayName: string;
            email: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            language: "fr" | "en";
            /** Format: uuid */
            organizationId: string | null;
            /** @description E.164 phone number. */
            phone: string | null;
            roles: string[];
        };
        MemberDto: {
            displayName: string;
            email: string | null;
            /** Format: uuid */
            id: string;
            phone: string | null;
            roles: string[];
        };
        MemberInvitationDto: {
            email: string | null;
            /** Format: date-time */
            expiresAt: string;
            /** Format: uuid */
            id: string;
            /** @description The link to pass on (it is also sent to the person when they already have an account): `token=<token>` is the secret, shown only now. */
            link: string;
            /** Format: uuid */
            organizationId: string;
            phone: string | null;
        };
        MilestoneDto: {
            /** @example 20 lampadaires posés */
            deliverable: string;
            /**
             * Format: date
             * @example 2027-04-30
             */
            dueDate: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            status: "pending" | "achieved" | "delayed" | "missed";
            /** @example Installation des lampadaires */
            title: string;
        };
        MilestoneInputDto: {
            /** @example 20 lampadaires posés */
            deliverable: string;
            /**
             * Format: date
             * @example 2027-04-30
             */
            dueDate: string;
            /** @example Installation des lampadaires */
            title: string;
        };
        NotificationDto: {
            body: string;
            /** @enum {string} */
            channel: "dev" | "email" | "sms";
            /** Format: date-time */
            createdAt: string;
            entityId: string | null;
            entityType: string | null;
            /** Format: uuid */
            id: string;
            kind: string;
            /** @enum {string} */
            language: "fr" | "en";
            /** @enum {string} */
            status: "pending" | "sent" | "failed";
            subject: string;
        };
        NotificationPageDto: {
            items: components["schemas"]["NotificationDto"][];
            nextCursor: string | null;
        };
        OrganizationDto: {
            commune: string;
            /** Format: date-time */
            createdAt: string;
            email?: string | null;
            /** Format: uuid */
            id: string;
            members: components["schemas"]["MemberDto"][];
            name: string;
            phone: string;
            /** @description Why the verification was refused. */
            refusalReason: string | null;
            /** @enum {string} */
            region: "conakry" | "kindia" | "mamou" | "labe" | "kankan" | "siguiri";
            registrationNumber?: string | null;
            /** @enum {string} */
            status: "pending_verification" | "verified" | "refused";
            /** @enum {string} */
            type: "womens_association" | "youth_group" | "community_based_organization" | "ngo" | "local_security_council";
            /** @description What the programme manager checked. */
            verificationNote: string | null;
            /** Format: date-time */
            verifiedAt: string | null;
        };
        OrganizationPageDto: {
            items: components["schemas"]["OrganizationSummaryDto"][];
            nextCursor: string | null;
        };
        OrganizationSummaryDto: {
            commune: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            name: string;
            /** @enum {string} */
            region: "conakry" | "kindia" | "mamou" | "labe" | "kankan" | "siguiri";
            registrationNumber: string | null;
            /** @enum {string} */
            status: "pending_verification" | "verified" | "refused";
            /** @enum {string} */
            type: "womens_association" | "youth_group" | "community_based_organization" | "ngo" | "local_security_council";
        };
        OverdueReportGrantDto: {
            atRisk: boolean;
            commune: string | null;
            /** Format: uuid */
            id: string;
            region: string | null;
            /** Format: uuid */
            roundId: string;
            /** @enum {string} */
            status: "awaiting_agreement" | "active" | "suspended" | "closing" | "closed" | "terminated";
            title: string;
        };
        OverdueReportItemDto: {
            /** @description Whole days past the due date (0 when due today or later). */
            daysLate: number;
            /** Format: date-time */
            dueAt: string;
            /**
             * Format: date
             * @example 2027-06-30
             */
            dueDate: string;
            grant: components["schemas"]["OverdueReportGrantDto"];
            /** @enum {string} */
            kind: "progress" | "final";
            /** @description Whom to call. */
            organization: components["schemas"]["ContactOrganizationDto"];
            /** Format: date-time */
            overdueSince: string | null;
            /** Format: uuid */
            reportId: string;
            sequence: number;
            /** @enum {string} */
            status: "due" | "overdue";
        };
        OverdueReportPageDto: {
            items: components["schemas"]["OverdueReportItemDto"][];
            nextCursor: string | null;
        };
        PanelDto: {
            reviewerIds: string[];
        };
        PasswordChangedDto: {
            /** Format: date-time */
            changedAt: string;
        };
        PasswordResetConfirmDto: {
            /** @description At least 8 characters, at most 128; refused if among common passwords. */
            newPassword: string;
            /**
             * @description The `token` of the link received.
             * @example q3v1…
             */
            token: string;
        };
        PasswordResetRequestDto: {
            /** @example pm@example.org */
            email?: string;
            /**
             * @description E.164 phone number.
             * @example +224620000000
             */
            phone?: string;
        };
        PayeeDto: {
            accountName: string | null;
            accountNumber: string | null;
            bankName: string | null;
            /** @enum {string} */
            method: "mobile_money" | "bank_transfer";
            /** @example +224620000567 */
            msisdn: string | null;
            /** @example orange_money */
            provider: string | null;
        };
        PaymentOrderDto: {
            /** @description In minor units. */
            amount: number;
            /** @description The payment attempt this order is for (the next one if none is live). */
            attempt: number;
            currency: string;
            /** Format: uuid */
            grantId: string;
            /** Format: uuid */
            organizationId: string;
            organizationName: string;
            payee: components["schemas"]["PayeeDto"];
            /** @description The attempt's payment, once the release is approved. */
            payment: components["schemas"]["PaymentOrderPaymentDto"] | null;
            /**
             * @description Quote it on the transfer: the same for the same grant, tranche and attempt.
             * @example CSF-1A2B3C4D-T1-A1
             */
            reference: string;
            trancheNumber: number;
            trancheStatus: string;
        };
        PaymentOrderPaymentDto: {
            /** @enum {string} */
            gateway: "manual" | "http";
            /** Format: uuid */
            id: string;
            paidAt: string | null;
            /** @description Reference given by the provider or recorded by finance. */
            providerReference: string | null;
            status: string;
        };
        PayoutAccountDto: {
            accountName?: string;
            accountNumber?: string;
            /** @example Banque Islamique de Guinée */
            bankName?: string;
            /** @enum {string} */
            method: "mobile_money" | "bank_transfer";
            /**
             * @description E.164 phone number.
             * @example +224620000000
             */
            msisdn?: string;
            /** @example orange_money */
            provider?: string;
        };
        PayoutSummaryDto: {
            /**
             * @description The phone or account number, last 3 digits only.
             * @example ***567
             */
            accountMasked: string;
            /** @enum {string} */
            method: "mobile_money" | "bank_transfer";
            /**
             * @description Mobile-money provider, or the bank.
             * @example orange_money
             */
            provider: string;
        };
        PeopleCountDto: {
            total: number;
            women: number;
            youth: number;
        };
        PortfolioBeneficiariesDto: {
            /** @description What accepted reports say was reached. */
            reached: components["schemas"]["PeopleCountDto"];
            /** @description What the granted proposals promised. */
            target: components["schemas"]["PeopleCountDto"];
        };
        PortfolioEnvelopeDto: {
            /** @description Paid out (minor units). */
            disbursed: number;
            /** @description total − reserved (minor units). */
            remaining: number;
            /** @description Committed to grants (minor units). */
            reserved: number;
            /** @description Minor units. */
            total: number;
        };
        PortfolioGrantRefDto: {
            commune: string | null;
            /** Format: uuid */
            id: string;
            region: string | null;
            /** Format: uuid */
            roundId: string;
            /** @enum {string} */
            status: "awaiting_agreement" | "active" | "suspended" | "closing" | "closed" | "terminated";
            title: string;
        };
        PortfolioMilestoneItemDto: {
            /** @description Whole days past the due date while pending or delayed, else 0. */
            daysLate: number;
            deliverable: string;
            /**
             * Format: date
             * @example 2027-05-31
             */
            dueDate: string;
            grant: components["schemas"]["PortfolioGrantRefDto"];
            /** @description Past its due date, neither achieved nor missed. */
            late: boolean;
            /** Format: uuid */
            milestoneId: string;
            organization: components["schemas"]["PortfolioOrganizationDto"];
            /** @enum {string} */
            status: "pending" | "achieved" | "delayed" | "missed";
            /** Format: date-time */
            statusChangedAt: string | null;
            title: string;
        };
        PortfolioMilestonePageDto: {
            items: components["schemas"]["PortfolioMilestoneItemDto"][];
            nextCursor: string | null;
        };
        PortfolioOrganizationDto: {
            /** Format: uuid */
            id: string;
            name: string;
            phone: string | null;
        };
        PortfolioSummaryDto: {
            /** @description The filters applied. */
            filters: components["schemas"]["SummaryFiltersDto"];
            rounds: components["schemas"]["SummaryRoundDto"][];
        };
        /** @description RFC 9457 problem details with a stable `code` and per-field `errors`. */
        Problem: {
            /** @enum {string} */
            code: "VALIDATION_FAILED" | "MALFORMED_JSON" | "PAYLOAD_TOO_LARGE" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "NOT_FOUND" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "RATE_LIMITED" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_KEY_IN_PROGRESS" | "INVALID_STATE" | "ROUND_CLOSED" | "ROUND_FIELDS_LOCKED" | "ENVELOPE_BELOW_RESERVED" | "ROUND_NOT_OPEN" | "REGION_NOT_ELIGIBLE" | "AMOUNT_ABOVE_MAX_AWARD" | "BUDGET_MISMATCH" | "INCOMPLETE_PROPOSAL" | "ONE_OPEN_PROPOSAL_PER_ROUND" | "ORGANIZATION_REQUIRED" | "ALREADY_MEMBER" | "ORGANIZATION_NOT_VERIFIED" | "LAST_MEMBER" | "ORGANIZATION_INVITATION_INVALID" | "ACCOUNT_NOT_VERIFIED" | "INVALID_CODE" | "CODE_EXPIRED" | "UNKNOWN_REVIEWER" | "ACCOUNT_EXISTS" | "INVALID_TOKEN" | "WEAK_PASSWORD" | "LAST_ADMIN" | "SEGREGATION_OF_DUTIES" | "TOTP_REQUIRED" | "TOTP_INVALID" | "TOTP_ENROLMENT_REQUIRED" | "CONFLICT" | "ENVELOPE_EXCEEDED" | "AMOUNT_ABOVE_REQUEST" | "JUSTIFICATION_REQUIRED" | "QUORUM_NOT_REACHED" | "NOT_ASSIGNED" | "ALREADY_REVIEWED" | "ASSIGNMENT_NOT_ACCEPTED" | "INVALID_SCORES" | "MAKER_CHECKER" | "TRANCHE_NOT_ELIGIBLE" | "INVALID_REPORT_STATE" | "EXPENDITURE_ABOVE_DISBURSED" | "PAYMENT_IN_FLIGHT" | "PAYMENT_AMOUNT_MISMATCH" | "PAYMENT_REFERENCE_DUPLICATE" | "UNSPENT_ABOVE_DISBURSED" | "NOTHING_TO_EXPORT" | "SERVICE_UNAVAILABLE" | "INTERNAL";
            detail: string;
            errors: {
                /** @enum {string} */
                code: "REQUIRED" | "UNKNOWN_FIELD" | "INVALID" | "NOT_INTEGER" | "NEGATIVE" | "TOO_LARGE" | "TOO_SMALL" | "TOO_LONG" | "TOO_SHORT" | "COMMON" | "MISMATCH" | "OUT_OF_ORDER" | "UNKNOWN_REGION" | "NOT_IN_LIST" | "INVALID_DATE" | "INVALID_DURATION" | "INVALID_PHONE" | "INVALID_EMAIL" | "DUPLICATE" | "NOT_ELIGIBLE" | "UNKNOWN_CRITERION" | "OUT_OF_RANGE" | "INVALID_CURSOR" | "INVALID_UNICODE" | "TOO_DEEP" | "LOCKED" | "ONLY_LATER" | "BELOW_RESERVED" | "VALIDATION_FAILED" | "MALFORMED_JSON" | "PAYLOAD_TOO_LARGE" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "FORBIDDEN" | "NOT_FOUND" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "RATE_LIMITED" | "IDEMPOTENCY_KEY_REUSED" | "IDEMPOTENCY_KEY_IN_PROGRESS" | "INVALID_STATE" | "ROUND_CLOSED" | "ROUND_FIELDS_LOCKED" | "ENVELOPE_BELOW_RESERVED" | "ROUND_NOT_OPEN" | "REGION_NOT_ELIGIBLE" | "AMOUNT_ABOVE_MAX_AWARD" | "BUDGET_MISMATCH" | "INCOMPLETE_PROPOSAL" | "ONE_OPEN_PROPOSAL_PER_ROUND" | "ORGANIZATION_REQUIRED" | "ALREADY_MEMBER" | "ORGANIZATION_NOT_VERIFIED" | "LAST_MEMBER" | "ORGANIZATION_INVITATION_INVALID" | "ACCOUNT_NOT_VERIFIED" | "INVALID_CODE" | "CODE_EXPIRED" | "UNKNOWN_REVIEWER" | "ACCOUNT_EXISTS" | "INVALID_TOKEN" | "WEAK_PASSWORD" | "LAST_ADMIN" | "SEGREGATION_OF_DUTIES" | "TOTP_REQUIRED" | "TOTP_INVALID" | "TOTP_ENROLMENT_REQUIRED" | "CONFLICT" | "ENVELOPE_EXCEEDED" | "AMOUNT_ABOVE_REQUEST" | "JUSTIFICATION_REQUIRED" | "QUORUM_NOT_REACHED" | "NOT_ASSIGNED" | "ALREADY_REVIEWED" | "ASSIGNMENT_NOT_ACCEPTED" | "INVALID_SCORES" | "MAKER_CHECKER" | "TRANCHE_NOT_ELIGIBLE" | "INVALID_REPORT_STATE" | "EXPENDITURE_ABOVE_DISBURSED" | "PAYMENT_IN_FLIGHT" | "PAYMENT_AMOUNT_MISMATCH" | "PAYMENT_REFERENCE_DUPLICATE" | "UNSPENT_ABOVE_DISBURSED" | "NOTHING_TO_EXPORT" | "SERVICE_UNAVAILABLE" | "INTERNAL";
                /** @example budgetLines[1].total */
                field: string;
                message: string;
            }[];
            /** @description The request path. */
            instance?: string;
            /** @description The X-Request-Id of the request, for support. */
            requestId?: string;
            status: number;
            /** @description Localised (French unless `Accept-Language: en`). */
            title: string;
            /** @example urn:csf:problem:validation-failed */
            type: string;
        };
        ProposalDto: {
            beneficiaries: components["schemas"]["BeneficiariesDto"] | null;
            budgetLines: components["schemas"]["BudgetLineOutDto"][];
            commune: string | null;
            /** Format: date-time */
            createdAt: string;
            currency: string;
            decision: components["schemas"]["DecisionOutDto"] | null;
            /** Format: date */
            endDate: string | null;
            /** Format: uuid */
            grantId: string | null;
            /** Format: uuid */
            id: string;
            indicators: components["schemas"]["IndicatorDto"][];
            milestones: components["schemas"]["MilestoneDto"][];
            neighbourhood: string | null;
            /** Format: uuid */
            organizationId: string;
            problemStatement: string | null;
            region: string | null;
            requestedAmount: number | null;
            /** @description Staff only. */
            reviewProgress?: components["schemas"]["ReviewProgressDto"];
            /** Format: uuid */
            roundId: string;
            screeningReason: string | null;
            /** @description What the workflow waits for: screening, review, decision, revision. */
            stage: string | null;
            /** @description Deadline of the current stage. */
            stageDeadline: string | null;
            /** Format: date */
            startDate: string | null;
            /** @enum {string} */
            status: "draft" | "submitted" | "screening" | "in_review" | "awaiting_decision" | "approved" | "rejected" | "ineligible" | "revision_requested" | "withdrawn" | "expired";
            /** @description How many times it was submitted (1 + resubmissions after revision). */
            submissionCount: number;
            submittedAt: string | null;
            summary: string | null;
            /** @description Null only while a draft has none. */
            title: string | null;
            /** Format: date-time */
            updatedAt: string;
            /** @description Mean weighted review score in percent (two decimals). */
            weightedScore: number | null;
            /** @description Temporal workflow id once submitted. */
            workflowId: string | null;
        };
        ProposalPageDto: {
            items: components["schemas"]["ProposalSummaryDto"][];
            nextCursor: string | null;
        };
        ProposalSummaryDto: {
            commune: string | null;
            /** Format: date-time */
            createdAt: string;
            currency: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            organizationId: string;
            region: string | null;
            requestedAmount: number | null;
            /** Format: uuid */
            roundId: string;
            /**
             * Format: date-time
             * @description Deadline of the current stage (e.g. the decision).
             */
            stageDeadline: string | null;
            /** @enum {string} */
            status: "draft" | "submitted" | "screening" | "in_review" | "awaiting_decision" | "approved" | "rejected" | "ineligible" | "revision_requested" | "withdrawn" | "expired";
            submittedAt: string | null;
            /** @description Null only while a draft has none. */
            title: string | null;
        };
        PublicCriterionDto: {
            /** @example relevance */
            key: string;
            label: components["schemas"]["PublicTextDto"];
            /**
             * @description Highest score a reviewer gives on this criterion.
             * @example 5
             */
            maxScore: number;
            /**
             * @description Weight in the total score, in percent.
             * @example 40
             */
            weight: number;
        };
        PublicDescriptionDto: {
            /** @example This call funds neighbourhood projects that make streets safer. */
            en: string;
            /** @example Cet appel finance des projets de quartier qui rendent les rues plus sûres. */
            fr: string;
        };
        PublicDurationsDto: {
            /**
             * @description Time to sign the grant agreement after approval.
             * @example 14 days
             */
            agreement: string;
            /**
             * @description From the last review to the committee decision.
             * @example 7 days
             */
            decision: string;
            /**
             * @description Time between two progress reports of a grant.
             * @example 90 days
             */
            reportPeriod: string;
            /**
             * @description Time each reviewer has to score a proposal.
             * @example 10 days
             */
            review: string;
            /**
             * @description Time to resubmit when the committee asks for a revision.
             * @example 21 days
             */
            revision: string;
            /**
             * @description From submission to the screening decision.
             * @example 5 days
             */
            screening: string;
        };
        PublicRoundDto: {
            /** Format: date-time */
            closesAt: string;
            /** @enum {string} */
            currency: "GNF" | "XOF" | "EUR" | "USD";
            /** @description What the call funds; null when the fund gave none. */
            description: components["schemas"]["PublicDescriptionDto"] | null;
            durations: components["schemas"]["PublicDurationsDto"];
            /** @description When set, only these communes. */
            eligibleCommunes?: string[] | null;
            eligibleRegions: ("conakry" | "kindia" | "mamou" | "labe" | "kankan" | "siguiri")[];
            /** Format: uuid */
            id: string;
            /**
             * Format: int64
             * @description Largest grant, in the currency’s minor unit.
             */
            maxAward: number;
            name: components["schemas"]["PublicTextDto"];
            /** Format: date-time */
            opensAt: string;
            rubric: components["schemas"]["PublicCriterionDto"][];
            /** @enum {string} */
            status: "upcoming" | "open";
            /**
             * @description Share of the award paid in each tranche, in percent.
             * @example [
             *       40,
             *       40,
             *       20
             *     ]
             */
            tranchePlan: number[];
        };
        PublicRoundPageDto: {
            items: components["schemas"]["PublicRoundDto"][];
            nextCursor: string | null;
        };
        PublicTextDto: {
            /** @example Community Safety Fund 2027 */
            en: string;
            /** @example Fonds de sécurité communautaire 2027 */
            fr: string;
        };
        QueueCountsDto: {
            /** @description Rows of these filters the caller may act on now (all statuses). */
            actionable: number;
            disbursing: number;
            eligible: number;
            failed: number;
            release_approved: number;
            release_requested: number;
        };
        QueueGrantDto: {
            atRisk: boolean;
            commune: string | null;
            /** Format: uuid */
            id: string;
            region: string | null;
            /** Format: uuid */
            roundId: string;
            /** @enum {string} */
            status: "awaiting_agreement" | "active" | "suspended" | "closing" | "closed" | "terminated";
            /** @description The project title. */
            title: string;
        };
        QueueOrganizationDto: {
            email: string | null;
            /** Format: uuid */
            id: string;
            name: string;
            /** @description Whom to call about a late report. */
            phone: string | null;
        };
        QueuePayeeDto: {
            /**
             * @description Last 3 digits only; the payment order has it in full.
             * @example ***567
             */
            accountMasked: string;
            /** @enum {string} */
            method: "mobile_money" | "bank_transfer";
            /** @example orange_money */
            provider: string;
        };
        QueuePaymentDto: {
            attempt: number;
            /** @enum {string} */
            gateway: "manual" | "http";
            /** @description The provider’s last answer that was not an outcome. */
            lastAnswer: string | null;
            /** @enum {string} */
            status: "ordered" | "submitted" | "paid" | "failed";
            /**
             * Format: date-time
             * @description Set when the outcome stayed unknown long enough to alert finance.
             */
            stuckSince: string | null;
        };
        QueueTrancheDto: {
            /**
             * @description What the caller may do now: a finance approver never gets `approve` (nor `resolve`) on a release they requested themselves.
             * @enum {string|null}
             */
            action: "request" | "approve" | "confirm_payment" | "retry" | "resolve" | null;
            /** @description Minor units of the currency. */
            amount: number;
            currency: string;
            /** @description Why the last payment attempt failed. */
            failureReason: string | null;
            /** Format: uuid */
            grantId: string;
            /** @description The proposal’s title: what people call the grant. */
            grantTitle: string | null;
            /** Format: uuid */
            organizationId: string;
            organizationName: string;
            payee: components["schemas"]["QueuePayeeDto"] | null;
            /** @description The latest payment attempt. */
            payment: components["schemas"]["QueuePaymentDto"] | null;
            region: string | null;
            /** Format: date-time */
            requestedAt: string | null;
            /** Format: uuid */
            requestedBy: string | null;
            requestedByName: string | null;
            /** Format: uuid */
            roundId: string;
            /** @enum {string} */
            status: "eligible" | "release_requested" | "release_approved" | "disbursing" | "failed";
            trancheNumber: number;
            /**
             * Format: date-time
             * @description Since when the tranche has been in this state.
             */
            waitingSince: string;
        };
        RecoveryCodesDto: {
            /** @description Ten single-use codes for signing in without the phone; shown only this once. */
            recoveryCodes: string[];
        };
        RegisterDto: {
            /** @example Aïssatou Camara */
            displayName: string;
            /**
             * @description Email address; or give `phone`.
             * @example awa.diallo@example.org
             */
            email?: string;
            /** @description The `token` of an invitation from an organisation to this email or phone: the person joins it once the code is confirmed. */
            invitationToken?: string;
            /**
             * @description Language of the messages the person receives.
             * @enum {string}
             */
            language: "fr" | "en";
            /**
             * @description At least 8 characters, not a common password.
             * @example correct horse battery staple
             */
            password: string;
            /**
             * @description E.164 phone number.
             * @example +224620000000
             */
            phone?: string;
        };
        RegistrationAcceptedDto: {
            /**
             * @description How long a code sent now stays valid, in seconds. The answer is the same whether or not the identifier already has an account (an existing account receives a message saying so instead of a code).
             * @example 900
             */
            codeValidForSeconds: number;
        };
        ReportAttachmentDto: {
            /** @example photos-lampadaires.zip */
            name: string;
            /**
             * @description Where the file is kept (a reference, not the file).
             * @example drive://csf/2027/rapport-1/photos.zip
             */
            reference: string;
        };
        ReportDetailDto: {
            attachments: components["schemas"]["ReportAttachmentDto"][];
            beneficiaries: components["schemas"]["BeneficiariesDto"] | null;
            /** @description Whole days past the due date while not submitted (0 otherwise). */
            daysLate: number;
            /** @description Exact due time (the schedule runs from the signature). */
            dueAt: string | null;
            /** Format: date */
            dueDate: string | null;
            expenditures: components["schemas"]["ReportExpenditureDto"][];
            expenditureTotal: number;
            /** @description The tranche this report releases once accepted. */
            gatesTranche: number | null;
            /** Format: uuid */
            id: string;
            indicators: components["schemas"]["ReportIndicatorValueDto"][];
            /** @enum {string} */
            kind: "progress" | "final";
            milestones: components["schemas"]["ReportMilestoneUpdateDto"][];
            narrative: string | null;
            overdueSince: string | null;
            periodStart: string | null;
            /** @description Set when changes are requested: resubmit before this instant or the report is overdue again. */
            resubmitBy: string | null;
            reviewComment: string | null;
            reviewedAt: string | null;
            reviewedBy: string | null;
            sequence: number;
            /** @enum {string} */
            status: "scheduled" | "due" | "submitted" | "accepted" | "changes_requested" | "overdue";
            submissionCount: number;
            submittedAt: string | null;
            submittedBy: string | null;
        };
        ReportDto: {
            /** @description Exact due time (the schedule runs from the signature). */
            dueAt: string | null;
            /** Format: date */
            dueDate: string | null;
            /** @description The tranche this report releases once accepted. */
            gatesTranche: number | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "progress" | "final";
            sequence: number;
            /** @enum {string} */
            status: "scheduled" | "due" | "submitted" | "accepted" | "changes_requested" | "overdue";
        };
        ReportExpenditureDto: {
            /**
             * Format: int64
             * @description Spent to date in this category, in minor units.
             * @example 45000000
             */
            amount: number;
            /** @example equipment */
            category: string;
        };
        ReportIndicatorValueDto: {
            /** @example people_reached */
            key: string;
            /** @example 300 */
            value: number;
        };
        ReportMilestoneUpdateDto: {
            /**
             * Format: uuid
             * @description A milestone of the proposal.
             */
            id: string;
            /** @enum {string} */
            status: "achieved" | "delayed" | "missed";
        };
        ReportPeriodDto: {
            /**
             * Format: date-time
             * @description When the report is due (end of the period).
             */
            end: string | null;
            /**
             * Format: date-time
             * @description Start of the period the report covers.
             */
            start: string | null;
        };
        ReportQueueItemDto: {
            /** @description Whole days since `waitingSince` (0 when in the future or unknown). */
            daysWaiting: number;
            /** Format: date */
            dueDate: string | null;
            /** @description The tranche this report releases once accepted. */
            gatesTranche: number | null;
            grant: components["schemas"]["QueueGrantDto"];
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "progress" | "final";
            organization: components["schemas"]["QueueOrganizationDto"];
            period: components["schemas"]["ReportPeriodDto"];
            sequence: number;
            /** @enum {string} */
            status: "scheduled" | "due" | "submitted" | "accepted" | "changes_requested" | "overdue";
            submissionCount: number;
            /** Format: date-time */
            submittedAt: string | null;
            /**
             * Format: date-time
             * @description Submitted: since its submission (waiting for the manager). Overdue: since it became overdue. Otherwise its due time.
             */
            waitingSince: string | null;
        };
        ReportQueuePageDto: {
            items: components["schemas"]["ReportQueueItemDto"][];
            nextCursor: string | null;
        };
        RequestChangesDto: {
            /** @example Joindre les factures des lampadaires. */
            comment: string;
        };
        ResolvePaymentDto: {
            /**
             * Format: int64
             * @description outcome=paid: what was paid, exactly the tranche amount.
             * @example 45000000
             */
            amount?: number;
            /** @example Confirmé par le support Orange Money (ticket 4411). */
            note: string;
            /** @enum {string} */
            outcome: "paid" | "failed";
            /**
             * Format: date-time
             * @example 2027-02-15T10:00:00Z
             */
            paidAt?: string;
            /**
             * @description outcome=failed: the provider's reason.
             * @example Numéro inactif
             */
            reason?: string;
            /**
             * @description outcome=paid: the provider's transfer reference.
             * @example tr_8842
             */
            reference?: string;
        };
        ReviewListDto: {
            /**
             * @description The round’s approval threshold, in percent.
             * @example 60
             */
            approvalThreshold: number;
            conflicts: components["schemas"]["ConflictOutDto"][];
            /** @description The current review cycle (the proposal’s submission number). */
            cycle: number;
            /** @description Every cycle, oldest first. */
            items: components["schemas"]["ReviewOutDto"][];
            /** @description Whether the mean weighted score is at or above the threshold; null before the quorum. Approving when false, or rejecting when true, needs a justification. */
            thresholdMet: boolean | null;
            /**
             * @description Mean weighted score of the current cycle in percent (two decimals); null before the quorum.
             * @example 73.5
             */
            weightedScore: number | null;
        };
        ReviewOutDto: {
            /** Format: uuid */
            assignmentId: string;
            comment: string;
            /** @description Review cycle: 1, then 2 after a revision… */
            cycle: number;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            recommendation: "approve" | "reject" | "revise";
            /** Format: uuid */
            reviewerId: string;
            /**
             * @description The reviewer’s name: staff only ever read this route.
             * @example Mariama Diallo
             */
            reviewerName: string;
            scores: components["schemas"]["ReviewScoreOutDto"][];
            /** Format: date-time */
            submittedAt: string;
            /**
             * @description Weighted score in percent (two decimals).
             * @example 73.5
             */
            weightedScore: number;
        };
        ReviewProgressDto: {
            accepted: number;
            declined: number;
            lapsed: number;
            pending: number;
            /** @description Reviews needed (round reviewersPerProposal). */
            required: number;
            submitted: number;
        };
        ReviewScoreOutDto: {
            /** @description The reviewer’s comment on this criterion, when given. */
            comment?: string;
            /** @example relevance */
            criterion: string;
            /** @example 4 */
            score: number;
        };
        RoundClosureDto: {
            /** Format: date-time */
            at: string;
            /**
             * Format: date-time
             * @description The closing date it had before.
             */
            plannedClosesAt: string;
            reason: string;
        };
        RoundDto: {
            approvalThreshold: number;
            budgetEnvelope: number;
            /** @description Set when a programme manager closed it before its date. */
            closedEarly: components["schemas"]["RoundClosureDto"] | null;
            /** Format: date-time */
            closesAt: string;
            /** Format: date-time */
            createdAt: string;
            /** @enum {string} */
            currency: "GNF" | "XOF" | "EUR" | "USD";
            description: components["schemas"]["LocalizedDescriptionDto"] | null;
            disbursedAmount: number;
            durations: components["schemas"]["RoundDurationsDto"];
            eligibleCommunes?: string[] | null;
            eligibleRegions: string[];
            /** Format: uuid */
            id: string;
            maxAward: number;
            name: components["schemas"]["LocalizedTextDto"];
            /** Format: date-time */
            opensAt: string;
            remainingAmount: number;
            reservedAmount: number;
            /** @description The review panel; staff only. */
            reviewerIds?: string[];
            reviewersPerProposal: number;
            rubric: components["schemas"]["RubricCriterionDto"][];
            /** @enum {string} */
            status: "upcoming" | "open" | "closed";
            tranchePlan: number[];
        };
        RoundDurationsDto: {
            /** @example 14 days */
            agreement?: string;
            /** @example 30 days */
            atRisk?: string;
            /** @example 7 days */
            decision?: string;
            /** @example 14 days */
            reportGrace?: string;
            /** @example 90 days */
            reportPeriod?: string;
            /** @example 7 days */
            reportReminder?: string;
            /** @example 10 days */
            review?: string;
            /** @example 7 days */
            reviewReminder?: string;
            /** @example 21 days */
            revision?: string;
            /** @example 5 days */
            screening?: string;
        };
        RoundPageDto: {
            items: components["schemas"]["RoundDto"][];
            nextCursor: string | null;
        };
        RubricCriterionDto: {
            /** @example relevance */
            key: string;
            label: components["schemas"]["LocalizedTextDto"];
            /** @example 5 */
            maxScore: number;
            /** @example 40 */
            weight: number;
        };
        ScreeningDto: {
            /** @description true → in_review, false → ineligible */
            eligible: boolean;
            /** @example Zone et budget conformes à l’appel. */
            reason: string;
        };
        SecondFactorSetupDto: {
            /** @example otpauth://totp/… */
            otpauthUri: string;
            /**
             * @description The otpauth URI as a QR code, a data: URL of a PNG image.
             * @example data:image/png;base64,…
             */
            qrCode: string;
            /** @description The TOTP secret in base32, for typing into an authenticator app. */
            secret: string;
        };
        SetPanelDto: {
            reviewerIds: string[];
        };
        SignAgreementDto: {
            payoutAccount: components["schemas"]["PayoutAccountDto"];
        };
        StallDto: {
            /** @description The operation that failed and why. */
            reason: string;
            /**
             * Format: date-time
             * @description When an operation of the grant first exhausted its attempts.
             */
            since: string;
        };
        StatusReasonDto: {
            /** @example Rapport 1 en retard de 45 jours. */
            reason: string;
        };
        SubmitReportDto: {
            attachments?: components["schemas"]["ReportAttachmentDto"][];
            beneficiaries: components["schemas"]["BeneficiariesDto"];
            expenditures: components["schemas"]["ReportExpenditureDto"][];
            indicators: components["schemas"]["ReportIndicatorValueDto"][];
            /** @description Omitted: no milestone changed in this period. */
            milestones?: components["schemas"]["ReportMilestoneUpdateDto"][];
            /** @example 20 lampadaires posés dans le quartier. */
            narrative: string;
        };
        SubmitReviewDto: {
            /** @example Projet pertinent, budget réaliste. */
            comment: string;
            /** @enum {string} */
            recommendation: "approve" | "reject" | "revise";
            scores: components["schemas"]["CriterionScoreDto"][];
        };
        SummaryFiltersDto: {
            /**
             * Format: uuid
             * @description An applicant: always its own organisation, whatever it asked.
             */
            organizationId: string | null;
            /** @enum {string|null} */
            region: "conakry" | "kindia" | "mamou" | "labe" | "kankan" | "siguiri" | null;
            /** Format: uuid */
            roundId: string | null;
        };
        SummaryGrantsDto: {
            /** @description How many grants are flagged at risk. */
            atRisk: number;
            /** @description Minor units. */
            awarded: number;
            /**
             * @description Grant status → count; statuses with none are left out.
             * @example {
             *       "active": 3,
             *       "closed": 1
             *     }
             */
            byStatus: {
                [key: string]: number;
            };
            /** @description Minor units. */
            disbursed: number;
            total: number;
            /** @description Minor units given back at closing. */
            unspentReturned: number;
        };
        SummaryIndicatorDto: {
            actual: number;
            /** @description Grants that set a target for it. */
            grants: number;
            /** @example patrols_held */
            key: string;
            /** @description Grants whose accepted reports give a value. */
            reporting: number;
            target: number;
        };
        SummaryNameDto: {
            en: string;
            fr: string;
        };
        SummaryProposalsDto: {
            /**
             * @description Proposal status → count; statuses with none are left out.
             * @example {
             *       "submitted": 4,
             *       "approved": 2
             *     }
             */
            byStatus: {
                [key: string]: number;
            };
            total: number;
        };
        SummaryRegionDto: {
            /** @description Days from submission to decision, one decimal. */
            averageDaysToDecision: number | null;
            /** @description Hundredths of a percent (6250 = 62.5 %). */
            averageScoreBp: number | null;
            beneficiaries: components["schemas"]["PortfolioBeneficiariesDto"];
            grants: components["schemas"]["SummaryGrantsDto"];
            indicators: components["schemas"]["SummaryIndicatorDto"][];
            proposals: components["schemas"]["SummaryProposalsDto"];
            /**
             * @description null: proposals with no region.
             * @enum {string|null}
             */
            region: "conakry" | "kindia" | "mamou" | "labe" | "kankan" | "siguiri" | null;
        };
        SummaryRoundDto: {
            /** @description Days from submission to decision, one decimal. */
            averageDaysToDecision: number | null;
            /** @description Hundredths of a percent (6250 = 62.5 %). */
            averageScoreBp: number | null;
            beneficiaries: components["schemas"]["PortfolioBeneficiariesDto"];
            /** @example GNF */
            currency: string;
            eligibleRegions: ("conakry" | "kindia" | "mamou" | "labe" | "kankan" | "siguiri")[];
            envelope: components["schemas"]["PortfolioEnvelopeDto"];
            grants: components["schemas"]["SummaryGrantsDto"];
            indicators: components["schemas"]["SummaryIndicatorDto"][];
            name: components["schemas"]["SummaryNameDto"];
            proposals: components["schemas"]["SummaryProposalsDto"];
            regions: components["schemas"]["SummaryRegionDto"][];
            /** Format: uuid */
            roundId: string;
        };
        TrancheDto: {
            amount: number;
            approvedAt?: string | null;
            approvedBy?: string | null;
            disbursedAt?: string | null;
            failureReason?: string | null;
            number: number;
            payment?: components["schemas"]["TranchePaymentDto"] | null;
            percentage: number;
            requestedAt?: string | null;
            requestedBy?: string | null;
            status: string;
        };
        TranchePaymentDto: {
            attempt: number;
            /** @description How many times the provider was asked. */
            checks: number;
            /** @enum {string} */
            gateway: "manual" | "http";
            /** @description The provider's last answer that did not settle the outcome (409, 404, timeout …). */
            lastAnswer: string | null;
            lastCheckedAt: string | null;
            reference: string | null;
            /** @enum {string} */
            status: "ordered" | "submitted" | "paid" | "failed";
            /** @description Set once finance was alerted: a finance approver may then record the outcome (resolve-payment). */
            stuckSince: string | null;
        };
        TrancheQueuePageDto: {
            /** @description Per status with the round and region filters (not the status filter). */
            counts: components["schemas"]["QueueCountsDto"];
            items: components["schemas"]["QueueTrancheDto"][];
            nextCursor: string | null;
        };
        UpdateMeDto: {
            /**
             * @description The name shown to staff and to the organisation’s members.
             * @example Aïssatou Camara
             */
            displayName?: string;
            /**
             * @description Language of the portal (adopted at sign-in) and of the messages sent to this person.
             * @enum {string}
             */
            language?: "fr" | "en";
        };
        UpdateOrganizationDto: {
            /** @example matoto */
            commune?: string;
            email?: string;
            /** @description Changing it after verification sends the organisation back to verification. */
            name?: string;
            /**
             * @description E.164 phone number.
             * @example +224620000000
             */
            phone?: string;
            /**
             * @description Region key.
             * @example conakry
             * @enum {string}
             */
            region?: "conakry" | "kindia" | "mamou" | "labe" | "kankan" | "siguiri";
            /** @description Changing it after verification sends the organisation back to verification. */
            registrationNumber?: string;
            /**
             * @description Changing it after verification sends the organisation back to verification.
             * @enum {string}
             */
            type?: "womens_association" | "youth_group" | "community_based_organization" | "ngo" | "local_security_council";
        };
        UpdateProposalDto: {
            beneficiaries?: components["schemas"]["BeneficiariesDto"];
            budgetLines?: components["schemas"]["BudgetLineDto"][];
            /** @example matoto */
            commune?: string;
            /**
             * Format: date
             * @example 2027-12-31
             */
            endDate?: string;
            indicators?: components["schemas"]["IndicatorInputDto"][];
            milestones?: components["schemas"]["MilestoneInputDto"][];
            /** @example Marché */
            neighbourhood?: string;
            /** @description Security problem addressed, linked to the local security assessment. */
            problemStatement?: string;
            /**
             * @description Region key.
             * @example conakry
             * @enum {string}
             */
            region?: "conakry" | "kindia" | "mamou" | "labe" | "kankan" | "siguiri";
            /**
             * Format: int64
             * @description Must equal the sum of the budget lines at submission.
             * @example 45000000
             */
            requestedAmount?: number;
            /**
             * Format: date
             * @example 2027-02-01
             */
            startDate?: string;
            summary?: string;
            title?: string;
        };
        UpdateRoundDto: {
            approvalThreshold?: number;
            /**
             * Format: int64
             * @description Never below the amount already reserved.
             * @example 45000000
             */
            budgetEnvelope?: number;
            /**
             * Format: date-time
             * @example 2027-01-31T23:59:59Z
             */
            closesAt?: string;
            /** @enum {string} */
            currency?: "GNF" | "XOF" | "EUR" | "USD";
            description?: components["schemas"]["LocalizedDescriptionDto"];
            /** @description Merged into the current durations. */
            durations?: components["schemas"]["RoundDurationsDto"];
            /** @description null: every commune. */
            eligibleCommunes?: string[] | null;
            eligibleRegions?: ("conakry" | "kindia" | "mamou" | "labe" | "kankan" | "siguiri")[];
            /**
             * Format: int64
             * @description Amount in the minor unit of the round currency (GNF has none).
             * @example 45000000
             */
            maxAward?: number;
            name?: components["schemas"]["LocalizedTextDto"];
            /**
             * Format: date-time
             * @example 2027-01-31T23:59:59Z
             */
            opensAt?: string;
            reviewersPerProposal?: number;
            rubric?: components["schemas"]["RubricCriterionDto"][];
            /**
             * @example [
             *       40,
             *       40,
             *       20
             *     ]
             */
            tranchePlan?: number[];
        };
        UpdateUserDto: {
            /** @description false deactivates the account and ends its sessions at once; true reactivates it. */
            active?: boolean;
            displayName?: string;
            /** @enum {string} */
            language?: "fr" | "en";
            roles?: ("applicant" | "reviewer" | "committee_chair" | "finance_officer" | "finance_approver" | "program_manager" | "admin" | "auditor")[];
        };
        UserDto: {
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            displayName: string;
            email: string | null;
            /** Format: uuid */
            id: string;
            /** @description The latest invitation link, when the account was invited. */
            invitation: components["schemas"]["InvitationStateDto"] | null;
            /** @enum {string} */
            language: "fr" | "en";
            /** Format: uuid */
            organizationId: string | null;
            /** @description E.164 phone number. */
            phone: string | null;
            roles: ("applicant" | "reviewer" | "committee_chair" | "finance_officer" | "finance_approver" | "program_manager" | "admin" | "auditor")[];
            secondFactorEnabled: boolean;
            /**
             * @description invited: has not set a password yet; unverified: self-registered, code not confirmed.
             * @enum {string}
             */
            status: "invited" | "unverified" | "active" | "inactive";
        };
        UserPageDto: {
            items: components["schemas"]["UserDto"][];
            nextCursor: string | null;
        };
        VerifiedDto: {
            accessToken: string;
            /** @description Lifetime in seconds. */
            expiresIn: number;
            /** @example Bearer */
            tokenType: string;
            user: components["schemas"]["MeDto"];
        };
        VerifyDto: {
            /**
             * @description The 6-digit code received by email or SMS.
             * @example 123456
             */
            code: string;
            /**
             * @description Email address; or give `phone`.
             * @example awa.diallo@example.org
             */
            email?: string;
            /**
             * @description E.164 phone number.
             * @example +224620000000
             */
            phone?: string;
        };
        VerifyOrganizationDto: {
            /**
             * @description What was checked (verified).
             * @example Récépissé préfectoral n° 2024-117 vu.
             */
            note?: string;
            /** @description Required to refuse; sent to the organisation. */
            reason?: string;
            /** @description true → verified, false → refused (with a reason). */
            verified: boolean;
        };
        WithdrawProposalDto: {
            reason?: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    HistoryController_search: {
        parameters: {
            query?: {
                /** @description Only this action, exactly (e.g. `user.updated`). */
                action?: string;
                /** @description Only what this person did. */
                actorId?: string;
                /** @description Id of the last event of the previous page. */
                cursor?: string;
                /** @description Only events about this record (with or without entityType). */
                entityId?: string;
                /** @description Only events about this kind of record. */
                entityType?: "proposal" | "grant" | "round" | "organization" | "user";
                /** @description Events at or after this instant. */
                from?: string;
                limit?: number;
                /** @description Events strictly before this instant. */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The whole audit trail, newest first, filtered; every change with its before and after. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditSearchPageDto"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: auditor, admin (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AccountController_enableSecondFactor: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer for the same key and body; another body with the same key gets 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnableSecondFactorDto"];
            };
        };
        responses: {
            /** @description Enabled: sign-in now asks for a code. The recovery codes are shown this once. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RecoveryCodesDto"];
                };
            };
            /** @description The body is not valid JSON. Codes: MALFORMED_JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: applicant, reviewer, committee_chair, finance_officer, finance_approver, program_manager, admin, auditor (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record’s state does not allow it, or the Idempotency-Key was used for another request. Codes: IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_KEY_IN_PROGRESS, INVALID_STATE, ROUND_FIELDS_LOCKED, ENVELOPE_BELOW_RESERVED, ROUND_NOT_OPEN, ONE_OPEN_PROPOSAL_PER_ROUND, ALREADY_MEMBER, LAST_MEMBER, ACCOUNT_EXISTS, LAST_ADMIN, CONFLICT, ENVELOPE_EXCEEDED, QUORUM_NOT_REACHED, ALREADY_REVIEWED, ASSIGNMENT_NOT_ACCEPTED, TRANCHE_NOT_ELIGIBLE, INVALID_REPORT_STATE, PAYMENT_IN_FLIGHT, PAYMENT_REFERENCE_DUPLICATE. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the configured limit. Codes: PAYLOAD_TOO_LARGE. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AccountController_setupSecondFactor: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer for the same key and body; another body with the same key gets 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmptyCommandDto"];
            };
        };
        responses: {
            /** @description A new TOTP secret to confirm with /auth/2fa/enable (409 when already enabled). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SecondFactorSetupDto"];
                };
            };
            /** @description The body is not valid JSON. Codes: MALFORMED_JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: applicant, reviewer, committee_chair, finance_officer, finance_approver, program_manager, admin, auditor (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record’s state does not allow it, or the Idempotency-Key was used for another request. Codes: IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_KEY_IN_PROGRESS, INVALID_STATE, ROUND_FIELDS_LOCKED, ENVELOPE_BELOW_RESERVED, ROUND_NOT_OPEN, ONE_OPEN_PROPOSAL_PER_ROUND, ALREADY_MEMBER, LAST_MEMBER, ACCOUNT_EXISTS, LAST_ADMIN, CONFLICT, ENVELOPE_EXCEEDED, QUORUM_NOT_REACHED, ALREADY_REVIEWED, ASSIGNMENT_NOT_ACCEPTED, TRANCHE_NOT_ELIGIBLE, INVALID_REPORT_STATE, PAYMENT_IN_FLIGHT, PAYMENT_REFERENCE_DUPLICATE. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the configured limit. Codes: PAYLOAD_TOO_LARGE. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AccountController_acceptInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptInvitationDto"];
            };
        };
        responses: {
            /** @description The password is set and the person signed in. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponseDto"];
                };
            };
            /** @description The body is not valid JSON. Codes: MALFORMED_JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the configured limit. Codes: PAYLOAD_TOO_LARGE. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponseDto"];
                };
            };
            /** @description The body is not valid JSON. Codes: MALFORMED_JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Wrong email, phone or password, or an inactive account (INVALID_CREDENTIALS); the account has a second factor and no `totp` or `recoveryCode` was given (TOTP_REQUIRED), or it is wrong (TOTP_INVALID). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Right password, but the account is not confirmed yet: ACCOUNT_NOT_VERIFIED (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the configured limit. Codes: PAYLOAD_TOO_LARGE. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed sign-ins for this account, or too many attempts from this address; wait `Retry-After` seconds (problem+json). Codes: RATE_LIMITED. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AccountController_logout: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer for the same key and body; another body with the same key gets 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmptyCommandDto"];
            };
        };
        responses: {
            /** @description Every token of the caller, on every device, stops working. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body is not valid JSON. Codes: MALFORMED_JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: applicant, reviewer, committee_chair, finance_officer, finance_approver, program_manager, admin, auditor (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record’s state does not allow it, or the Idempotency-Key was used for another request. Codes: IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_KEY_IN_PROGRESS, INVALID_STATE, ROUND_FIELDS_LOCKED, ENVELOPE_BELOW_RESERVED, ROUND_NOT_OPEN, ONE_OPEN_PROPOSAL_PER_ROUND, ALREADY_MEMBER, LAST_MEMBER, ACCOUNT_EXISTS, LAST_ADMIN, CONFLICT, ENVELOPE_EXCEEDED, QUORUM_NOT_REACHED, ALREADY_REVIEWED, ASSIGNMENT_NOT_ACCEPTED, TRANCHE_NOT_ELIGIBLE, INVALID_REPORT_STATE, PAYMENT_IN_FLIGHT, PAYMENT_REFERENCE_DUPLICATE. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the configured limit. Codes: PAYLOAD_TOO_LARGE. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AccountController_changePassword: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer for the same key and body; another body with the same key gets 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ChangePasswordDto"];
            };
        };
        responses: {
            /** @description Changed; other sessions ended, and this is the new token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponseDto"];
                };
            };
            /** @description The body is not valid JSON. Codes: MALFORMED_JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: applicant, reviewer, committee_chair, finance_officer, finance_approver, program_manager, admin, auditor (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record’s state does not allow it, or the Idempotency-Key was used for another request. Codes: IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_KEY_IN_PROGRESS, INVALID_STATE, ROUND_FIELDS_LOCKED, ENVELOPE_BELOW_RESERVED, ROUND_NOT_OPEN, ONE_OPEN_PROPOSAL_PER_ROUND, ALREADY_MEMBER, LAST_MEMBER, ACCOUNT_EXISTS, LAST_ADMIN, CONFLICT, ENVELOPE_EXCEEDED, QUORUM_NOT_REACHED, ALREADY_REVIEWED, ASSIGNMENT_NOT_ACCEPTED, TRANCHE_NOT_ELIGIBLE, INVALID_REPORT_STATE, PAYMENT_IN_FLIGHT, PAYMENT_REFERENCE_DUPLICATE. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the configured limit. Codes: PAYLOAD_TOO_LARGE. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many wrong current passwords; wait `Retry-After` seconds (problem+json). Codes: RATE_LIMITED. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AccountController_requestPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetRequestDto"];
            };
        };
        responses: {
            /** @description Always, whether or not an account has this email or phone: a link is sent if one does. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The body is not valid JSON. Codes: MALFORMED_JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the configured limit. Codes: PAYLOAD_TOO_LARGE. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description More than 5 requests an hour for this email or phone; wait `Retry-After` seconds (problem+json). Codes: RATE_LIMITED. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AccountController_confirmPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetConfirmDto"];
            };
        };
        responses: {
            /** @description The password is changed and every session ended; sign in with it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordChangedDto"];
                };
            };
            /** @description The body is not valid JSON. Codes: MALFORMED_JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the configured limit. Codes: PAYLOAD_TOO_LARGE. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RegistrationController_register: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RegisterDto"];
            };
        };
        responses: {
            /** @description A code is on its way, if this identifier can register; the same answer either way. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegistrationAcceptedDto"];
                };
            };
            /** @description The body is not valid JSON. Codes: MALFORMED_JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the configured limit. Codes: PAYLOAD_TOO_LARGE. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A message went to this identifier too recently; wait `Retry-After` seconds (problem+json). Codes: RATE_LIMITED. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RegistrationController_verify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyDto"];
            };
        };
        responses: {
            /** @description The account is confirmed and signed in. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VerifiedDto"];
                };
            };
            /** @description The body is not valid JSON. Codes: MALFORMED_JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the configured limit. Codes: PAYLOAD_TOO_LARGE. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ExportsController_audit: {
        parameters: {
            query?: {
                /** @description Only this action, exactly (e.g. `user.updated`). */
                action?: string;
                /** @description Only what this person did. */
                actorId?: string;
                /** @description Only events about this record (with or without entityType). */
                entityId?: string;
                /** @description Only events about this kind of record. */
                entityType?: "proposal" | "grant" | "round" | "organization" | "user";
                /** @description Events at or after this instant. */
                from?: string;
                /** @description Events strictly before this instant. */
                to?: string;
            };
            header?: {
                /** @description Column headers in French (default) or English (`en`). */
                "accept-language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The audit events GET /audit-events finds with the same filters, all of them, oldest first; data as JSON text. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: auditor, admin (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ExportsController_disbursements: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description One row per payment attempt with its payee: account number in full for finance roles, last 3 digits for others.
             *
             *     One row per payment attempt, oldest first, for reconciliation with the payment orders and provider statements.
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: finance_officer, finance_approver, program_manager, admin, auditor (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ExportsController_grants: {
        parameters: {
            query?: {
                /** @description Region key. */
                region?: "conakry" | "kindia" | "mamou" | "labe" | "kankan" | "siguiri";
                /** @description Only this round. */
                roundId?: string;
                status?: "awaiting_agreement" | "active" | "suspended" | "closing" | "closed" | "terminated";
            };
            header?: {
                /** @description Column headers in French (default) or English (`en`). */
                "accept-language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One row per grant, oldest first; amounts in minor units, beneficiaries targeted and reached. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: finance_officer, finance_approver, program_manager, admin, auditor (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ExportsController_iati: {
        parameters: {
            query?: {
                /** @description Region key. */
                region?: "conakry" | "kindia" | "mamou" | "labe" | "kankan" | "siguiri";
                /** @description Only this round. */
                roundId?: string;
                status?: "awaiting_agreement" | "active" | "suspended" | "closing" | "closed" | "terminated";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The grants as IATI 2.03 activities (iati-activities), narratives in French and English. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: finance_officer, finance_approver, program_manager, admin, auditor (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No grant matches the selection (an IATI file needs at least one activity). Codes: NOT_FOUND, ROUTE_NOT_FOUND, NOTHING_TO_EXPORT. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ExportsController_proposals: {
        parameters: {
            query?: {
                /** @description Region key. */
                region?: "conakry" | "kindia" | "mamou" | "labe" | "kankan" | "siguiri";
                /** @description Only this round. */
                roundId?: string;
                status?: "draft" | "submitted" | "screening" | "in_review" | "awaiting_decision" | "approved" | "rejected" | "ineligible" | "revision_requested" | "withdrawn" | "expired";
            };
            header?: {
                /** @description Column headers in French (default) or English (`en`). */
                "accept-language"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One row per proposal, oldest first; amounts in minor units, score in percent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: finance_officer, finance_approver, program_manager, admin, auditor (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    GrantsController_list: {
        parameters: {
            query?: {
                /** @description true: only grants flagged at risk. */
                atRisk?: "true" | "false";
                /** @description Opaque cursor from the previous page's nextCursor. */
                cursor?: string;
                /** @description Page size, 1 to 100 (default 20). */
                limit?: number;
                organizationId?: string;
                roundId?: string;
                status?: "awaiting_agreement" | "active" | "suspended" | "closing" | "closed" | "terminated";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first; an applicant sees only its organisation. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GrantPageDto"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: applicant, committee_chair, finance_officer, finance_approver, program_manager, admin, auditor (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    GrantsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GrantDto"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: applicant, committee_chair, finance_officer, finance_approver, program_manager, admin, auditor (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not visible to the caller. Codes: NOT_FOUND, ROUTE_NOT_FOUND, NOTHING_TO_EXPORT. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    GrantsController_sign: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer for the same key and body; another body with the same key gets 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignAgreementDto"];
            };
        };
        responses: {
            /** @description The grant becomes `active`; tranche 1 becomes `eligible`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GrantDto"];
                };
            };
            /** @description The body is not valid JSON. Codes: MALFORMED_JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: applicant (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not visible to the caller. Codes: NOT_FOUND, ROUTE_NOT_FOUND, NOTHING_TO_EXPORT. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record’s state does not allow it, or the Idempotency-Key was used for another request. Codes: IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_KEY_IN_PROGRESS, INVALID_STATE, ROUND_FIELDS_LOCKED, ENVELOPE_BELOW_RESERVED, ROUND_NOT_OPEN, ONE_OPEN_PROPOSAL_PER_ROUND, ALREADY_MEMBER, LAST_MEMBER, ACCOUNT_EXISTS, LAST_ADMIN, CONFLICT, ENVELOPE_EXCEEDED, QUORUM_NOT_REACHED, ALREADY_REVIEWED, ASSIGNMENT_NOT_ACCEPTED, TRANCHE_NOT_ELIGIBLE, INVALID_REPORT_STATE, PAYMENT_IN_FLIGHT, PAYMENT_REFERENCE_DUPLICATE. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the configured limit. Codes: PAYLOAD_TOO_LARGE. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    GrantsController_close: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer for the same key and body; another body with the same key gets 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseGrantDto"];
            };
        };
        responses: {
            /** @description closing → closed, recording the unspent amount the grantee returned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GrantDto"];
                };
            };
            /** @description The body is not valid JSON. Codes: MALFORMED_JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: program_manager (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not visible to the caller. Codes: NOT_FOUND, ROUTE_NOT_FOUND, NOTHING_TO_EXPORT. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record’s state does not allow it, or the Idempotency-Key was used for another request. Codes: IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_KEY_IN_PROGRESS, INVALID_STATE, ROUND_FIELDS_LOCKED, ENVELOPE_BELOW_RESERVED, ROUND_NOT_OPEN, ONE_OPEN_PROPOSAL_PER_ROUND, ALREADY_MEMBER, LAST_MEMBER, ACCOUNT_EXISTS, LAST_ADMIN, CONFLICT, ENVELOPE_EXCEEDED, QUORUM_NOT_REACHED, ALREADY_REVIEWED, ASSIGNMENT_NOT_ACCEPTED, TRANCHE_NOT_ELIGIBLE, INVALID_REPORT_STATE, PAYMENT_IN_FLIGHT, PAYMENT_REFERENCE_DUPLICATE. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the configured limit. Codes: PAYLOAD_TOO_LARGE. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    HistoryController_grant: {
        parameters: {
            query?: {
                /** @description Id of the last event of the previous page. */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventPageDto"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: applicant, committee_chair, finance_officer, finance_approver, program_manager, admin, auditor (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not visible to the caller. Codes: NOT_FOUND, ROUTE_NOT_FOUND, NOTHING_TO_EXPORT. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    GrantsController_milestones: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GrantMilestoneDto"][];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: applicant, committee_chair, finance_officer, finance_approver, program_manager, admin, auditor (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not visible to the caller. Codes: NOT_FOUND, ROUTE_NOT_FOUND, NOTHING_TO_EXPORT. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    GrantsController_reports: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportDetailDto"][];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: applicant, committee_chair, finance_officer, finance_approver, program_manager, admin, auditor (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not visible to the caller. Codes: NOT_FOUND, ROUTE_NOT_FOUND, NOTHING_TO_EXPORT. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    GrantsController_report: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                rid: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportDetailDto"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: applicant, committee_chair, finance_officer, finance_approver, program_manager, admin, auditor (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not visible to the caller. Codes: NOT_FOUND, ROUTE_NOT_FOUND, NOTHING_TO_EXPORT. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    GrantsController_acceptReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer for the same key and body; another body with the same key gets 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                rid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmptyCommandDto"];
            };
        };
        responses: {
            /** @description Milestones take the report's updates; the tranche it gates becomes eligible (grant active). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportDetailDto"];
                };
            };
            /** @description The body is not valid JSON. Codes: MALFORMED_JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: program_manager (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not visible to the caller. Codes: NOT_FOUND, ROUTE_NOT_FOUND, NOTHING_TO_EXPORT. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record’s state does not allow it, or the Idempotency-Key was used for another request. Codes: IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_KEY_IN_PROGRESS, INVALID_STATE, ROUND_FIELDS_LOCKED, ENVELOPE_BELOW_RESERVED, ROUND_NOT_OPEN, ONE_OPEN_PROPOSAL_PER_ROUND, ALREADY_MEMBER, LAST_MEMBER, ACCOUNT_EXISTS, LAST_ADMIN, CONFLICT, ENVELOPE_EXCEEDED, QUORUM_NOT_REACHED, ALREADY_REVIEWED, ASSIGNMENT_NOT_ACCEPTED, TRANCHE_NOT_ELIGIBLE, INVALID_REPORT_STATE, PAYMENT_IN_FLIGHT, PAYMENT_REFERENCE_DUPLICATE. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the configured limit. Codes: PAYLOAD_TOO_LARGE. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    GrantsController_requestChanges: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer for the same key and body; another body with the same key gets 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                rid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RequestChangesDto"];
            };
        };
        responses: {
            /** @description Back to the grantee with the comment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportDetailDto"];
                };
            };
            /** @description The body is not valid JSON. Codes: MALFORMED_JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: program_manager (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not visible to the caller. Codes: NOT_FOUND, ROUTE_NOT_FOUND, NOTHING_TO_EXPORT. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record’s state does not allow it, or the Idempotency-Key was used for another request. Codes: IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_KEY_IN_PROGRESS, INVALID_STATE, ROUND_FIELDS_LOCKED, ENVELOPE_BELOW_RESERVED, ROUND_NOT_OPEN, ONE_OPEN_PROPOSAL_PER_ROUND, ALREADY_MEMBER, LAST_MEMBER, ACCOUNT_EXISTS, LAST_ADMIN, CONFLICT, ENVELOPE_EXCEEDED, QUORUM_NOT_REACHED, ALREADY_REVIEWED, ASSIGNMENT_NOT_ACCEPTED, TRANCHE_NOT_ELIGIBLE, INVALID_REPORT_STATE, PAYMENT_IN_FLIGHT, PAYMENT_REFERENCE_DUPLICATE. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the configured limit. Codes: PAYLOAD_TOO_LARGE. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    GrantsController_submitReport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer for the same key and body; another body with the same key gets 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                rid: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitReportDto"];
            };
        };
        responses: {
            /** @description Early (scheduled), due, overdue, or again after changes were requested → submitted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportDetailDto"];
                };
            };
            /** @description The body is not valid JSON. Codes: MALFORMED_JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: applicant (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not visible to the caller. Codes: NOT_FOUND, ROUTE_NOT_FOUND, NOTHING_TO_EXPORT. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record’s state does not allow it, or the Idempotency-Key was used for another request. Codes: IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_KEY_IN_PROGRESS, INVALID_STATE, ROUND_FIELDS_LOCKED, ENVELOPE_BELOW_RESERVED, ROUND_NOT_OPEN, ONE_OPEN_PROPOSAL_PER_ROUND, ALREADY_MEMBER, LAST_MEMBER, ACCOUNT_EXISTS, LAST_ADMIN, CONFLICT, ENVELOPE_EXCEEDED, QUORUM_NOT_REACHED, ALREADY_REVIEWED, ASSIGNMENT_NOT_ACCEPTED, TRANCHE_NOT_ELIGIBLE, INVALID_REPORT_STATE, PAYMENT_IN_FLIGHT, PAYMENT_REFERENCE_DUPLICATE. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the configured limit. Codes: PAYLOAD_TOO_LARGE. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    GrantsController_resume: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer for the same key and body; another body with the same key gets 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StatusReasonDto"];
            };
        };
        responses: {
            /** @description suspended → active; tranches whose report was accepted meanwhile become eligible. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GrantDto"];
                };
            };
            /** @description The body is not valid JSON. Codes: MALFORMED_JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: program_manager (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not visible to the caller. Codes: NOT_FOUND, ROUTE_NOT_FOUND, NOTHING_TO_EXPORT. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record’s state does not allow it, or the Idempotency-Key was used for another request. Codes: IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_KEY_IN_PROGRESS, INVALID_STATE, ROUND_FIELDS_LOCKED, ENVELOPE_BELOW_RESERVED, ROUND_NOT_OPEN, ONE_OPEN_PROPOSAL_PER_ROUND, ALREADY_MEMBER, LAST_MEMBER, ACCOUNT_EXISTS, LAST_ADMIN, CONFLICT, ENVELOPE_EXCEEDED, QUORUM_NOT_REACHED, ALREADY_REVIEWED, ASSIGNMENT_NOT_ACCEPTED, TRANCHE_NOT_ELIGIBLE, INVALID_REPORT_STATE, PAYMENT_IN_FLIGHT, PAYMENT_REFERENCE_DUPLICATE. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the configured limit. Codes: PAYLOAD_TOO_LARGE. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    GrantsController_suspend: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer for the same key and body; another body with the same key gets 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StatusReasonDto"];
            };
        };
        responses: {
            /** @description active → suspended: no tranche release, no report reminders until resumed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GrantDto"];
                };
            };
            /** @description The body is not valid JSON. Codes: MALFORMED_JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: program_manager (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not visible to the caller. Codes: NOT_FOUND, ROUTE_NOT_FOUND, NOTHING_TO_EXPORT. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record’s state does not allow it, or the Idempotency-Key was used for another request. Codes: IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_KEY_IN_PROGRESS, INVALID_STATE, ROUND_FIELDS_LOCKED, ENVELOPE_BELOW_RESERVED, ROUND_NOT_OPEN, ONE_OPEN_PROPOSAL_PER_ROUND, ALREADY_MEMBER, LAST_MEMBER, ACCOUNT_EXISTS, LAST_ADMIN, CONFLICT, ENVELOPE_EXCEEDED, QUORUM_NOT_REACHED, ALREADY_REVIEWED, ASSIGNMENT_NOT_ACCEPTED, TRANCHE_NOT_ELIGIBLE, INVALID_REPORT_STATE, PAYMENT_IN_FLIGHT, PAYMENT_REFERENCE_DUPLICATE. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the configured limit. Codes: PAYLOAD_TOO_LARGE. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    GrantsController_terminate: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer for the same key and body; another body with the same key gets 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StatusReasonDto"];
            };
        };
        responses: {
            /** @description Cancels every tranche not paid and returns its amount to the round envelope (refused while a payment is in flight). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GrantDto"];
                };
            };
            /** @description The body is not valid JSON. Codes: MALFORMED_JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: program_manager (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not visible to the caller. Codes: NOT_FOUND, ROUTE_NOT_FOUND, NOTHING_TO_EXPORT. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record’s state does not allow it, or the Idempotency-Key was used for another request. Codes: IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_KEY_IN_PROGRESS, INVALID_STATE, ROUND_FIELDS_LOCKED, ENVELOPE_BELOW_RESERVED, ROUND_NOT_OPEN, ONE_OPEN_PROPOSAL_PER_ROUND, ALREADY_MEMBER, LAST_MEMBER, ACCOUNT_EXISTS, LAST_ADMIN, CONFLICT, ENVELOPE_EXCEEDED, QUORUM_NOT_REACHED, ALREADY_REVIEWED, ASSIGNMENT_NOT_ACCEPTED, TRANCHE_NOT_ELIGIBLE, INVALID_REPORT_STATE, PAYMENT_IN_FLIGHT, PAYMENT_REFERENCE_DUPLICATE. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the configured limit. Codes: PAYLOAD_TOO_LARGE. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    GrantsController_tranches: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrancheDto"][];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: applicant, committee_chair, finance_officer, finance_approver, program_manager, admin, auditor (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not visible to the caller. Codes: NOT_FOUND, ROUTE_NOT_FOUND, NOTHING_TO_EXPORT. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    GrantsController_approveRelease: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer for the same key and body; another body with the same key gets 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                n: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmptyCommandDto"];
            };
        };
        responses: {
            /** @description Checker (not the maker): release_approved, then the payment runs. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrancheDto"];
                };
            };
            /** @description The body is not valid JSON. Codes: MALFORMED_JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: finance_approver (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not visible to the caller. Codes: NOT_FOUND, ROUTE_NOT_FOUND, NOTHING_TO_EXPORT. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record’s state does not allow it, or the Idempotency-Key was used for another request. Codes: IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_KEY_IN_PROGRESS, INVALID_STATE, ROUND_FIELDS_LOCKED, ENVELOPE_BELOW_RESERVED, ROUND_NOT_OPEN, ONE_OPEN_PROPOSAL_PER_ROUND, ALREADY_MEMBER, LAST_MEMBER, ACCOUNT_EXISTS, LAST_ADMIN, CONFLICT, ENVELOPE_EXCEEDED, QUORUM_NOT_REACHED, ALREADY_REVIEWED, ASSIGNMENT_NOT_ACCEPTED, TRANCHE_NOT_ELIGIBLE, INVALID_REPORT_STATE, PAYMENT_IN_FLIGHT, PAYMENT_REFERENCE_DUPLICATE. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the configured limit. Codes: PAYLOAD_TOO_LARGE. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    GrantsController_confirmPayment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer for the same key and body; another body with the same key gets 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                n: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConfirmPaymentDto"];
            };
        };
        responses: {
            /** @description Manual gateway: the payment order was executed; disbursing → disbursed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrancheDto"];
                };
            };
            /** @description The body is not valid JSON. Codes: MALFORMED_JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: finance_officer (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not visible to the caller. Codes: NOT_FOUND, ROUTE_NOT_FOUND, NOTHING_TO_EXPORT. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record’s state does not allow it, or the Idempotency-Key was used for another request. Codes: IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_KEY_IN_PROGRESS, INVALID_STATE, ROUND_FIELDS_LOCKED, ENVELOPE_BELOW_RESERVED, ROUND_NOT_OPEN, ONE_OPEN_PROPOSAL_PER_ROUND, ALREADY_MEMBER, LAST_MEMBER, ACCOUNT_EXISTS, LAST_ADMIN, CONFLICT, ENVELOPE_EXCEEDED, QUORUM_NOT_REACHED, ALREADY_REVIEWED, ASSIGNMENT_NOT_ACCEPTED, TRANCHE_NOT_ELIGIBLE, INVALID_REPORT_STATE, PAYMENT_IN_FLIGHT, PAYMENT_REFERENCE_DUPLICATE. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the configured limit. Codes: PAYLOAD_TOO_LARGE. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    GrantsController_paymentOrder: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                n: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Finance only: the payee in full, the amount and the reference to quote. 409 until the agreement is signed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentOrderDto"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: finance_officer, finance_approver (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not visible to the caller. Codes: NOT_FOUND, ROUTE_NOT_FOUND, NOTHING_TO_EXPORT. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The agreement is not signed yet: there is no payee. Codes: IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_KEY_IN_PROGRESS, INVALID_STATE, ROUND_FIELDS_LOCKED, ENVELOPE_BELOW_RESERVED, ROUND_NOT_OPEN, ONE_OPEN_PROPOSAL_PER_ROUND, ALREADY_MEMBER, LAST_MEMBER, ACCOUNT_EXISTS, LAST_ADMIN, CONFLICT, ENVELOPE_EXCEEDED, QUORUM_NOT_REACHED, ALREADY_REVIEWED, ASSIGNMENT_NOT_ACCEPTED, TRANCHE_NOT_ELIGIBLE, INVALID_REPORT_STATE, PAYMENT_IN_FLIGHT, PAYMENT_REFERENCE_DUPLICATE. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    GrantsController_requestRelease: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer for the same key and body; another body with the same key gets 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                n: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmptyCommandDto"];
            };
        };
        responses: {
            /** @description Maker: eligible (or failed, for a new attempt) → release_requested. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrancheDto"];
                };
            };
            /** @description The body is not valid JSON. Codes: MALFORMED_JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: finance_officer (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not visible to the caller. Codes: NOT_FOUND, ROUTE_NOT_FOUND, NOTHING_TO_EXPORT. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record’s state does not allow it, or the Idempotency-Key was used for another request. Codes: IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_KEY_IN_PROGRESS, INVALID_STATE, ROUND_FIELDS_LOCKED, ENVELOPE_BELOW_RESERVED, ROUND_NOT_OPEN, ONE_OPEN_PROPOSAL_PER_ROUND, ALREADY_MEMBER, LAST_MEMBER, ACCOUNT_EXISTS, LAST_ADMIN, CONFLICT, ENVELOPE_EXCEEDED, QUORUM_NOT_REACHED, ALREADY_REVIEWED, ASSIGNMENT_NOT_ACCEPTED, TRANCHE_NOT_ELIGIBLE, INVALID_REPORT_STATE, PAYMENT_IN_FLIGHT, PAYMENT_REFERENCE_DUPLICATE. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the configured limit. Codes: PAYLOAD_TOO_LARGE. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    GrantsController_resolvePayment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer for the same key and body; another body with the same key gets 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                n: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolvePaymentDto"];
            };
        };
        responses: {
            /** @description A payment stuck without outcome (finance was alerted): a finance approver who did not request the release records what the provider confirmed out of band — paid (disbursed) or failed (the tranche needs a new request and approval). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrancheDto"];
                };
            };
            /** @description The body is not valid JSON. Codes: MALFORMED_JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: finance_approver (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not visible to the caller. Codes: NOT_FOUND, ROUTE_NOT_FOUND, NOTHING_TO_EXPORT. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record’s state does not allow it, or the Idempotency-Key was used for another request. Codes: IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_KEY_IN_PROGRESS, INVALID_STATE, ROUND_FIELDS_LOCKED, ENVELOPE_BELOW_RESERVED, ROUND_NOT_OPEN, ONE_OPEN_PROPOSAL_PER_ROUND, ALREADY_MEMBER, LAST_MEMBER, ACCOUNT_EXISTS, LAST_ADMIN, CONFLICT, ENVELOPE_EXCEEDED, QUORUM_NOT_REACHED, ALREADY_REVIEWED, ASSIGNMENT_NOT_ACCEPTED, TRANCHE_NOT_ELIGIBLE, INVALID_REPORT_STATE, PAYMENT_IN_FLIGHT, PAYMENT_REFERENCE_DUPLICATE. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the configured limit. Codes: PAYLOAD_TOO_LARGE. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    GrantsController_retry: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer for the same key and body; another body with the same key gets 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
                n: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmptyCommandDto"];
            };
        };
        responses: {
            /** @description Maker: failed → release_requested (same as request-release); a different finance approver must approve the new attempt. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrancheDto"];
                };
            };
            /** @description The body is not valid JSON. Codes: MALFORMED_JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: finance_officer (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not visible to the caller. Codes: NOT_FOUND, ROUTE_NOT_FOUND, NOTHING_TO_EXPORT. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record’s state does not allow it, or the Idempotency-Key was used for another request. Codes: IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_KEY_IN_PROGRESS, INVALID_STATE, ROUND_FIELDS_LOCKED, ENVELOPE_BELOW_RESERVED, ROUND_NOT_OPEN, ONE_OPEN_PROPOSAL_PER_ROUND, ALREADY_MEMBER, LAST_MEMBER, ACCOUNT_EXISTS, LAST_ADMIN, CONFLICT, ENVELOPE_EXCEEDED, QUORUM_NOT_REACHED, ALREADY_REVIEWED, ASSIGNMENT_NOT_ACCEPTED, TRANCHE_NOT_ELIGIBLE, INVALID_REPORT_STATE, PAYMENT_IN_FLIGHT, PAYMENT_REFERENCE_DUPLICATE. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the configured limit. Codes: PAYLOAD_TOO_LARGE. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: applicant, reviewer, committee_chair, finance_officer, finance_approver, program_manager, admin, auditor (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    AuthController_updateMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMeDto"];
            };
        };
        responses: {
            /** @description The caller as changed. Only their own name and language: roles, organisation and contact details are changed by others or by their own flows. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description The body is not valid JSON. Codes: MALFORMED_JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: applicant, reviewer, committee_chair, finance_officer, finance_approver, program_manager, admin, auditor (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record’s state does not allow it, or the Idempotency-Key was used for another request. Codes: IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_KEY_IN_PROGRESS, INVALID_STATE, ROUND_FIELDS_LOCKED, ENVELOPE_BELOW_RESERVED, ROUND_NOT_OPEN, ONE_OPEN_PROPOSAL_PER_ROUND, ALREADY_MEMBER, LAST_MEMBER, ACCOUNT_EXISTS, LAST_ADMIN, CONFLICT, ENVELOPE_EXCEEDED, QUORUM_NOT_REACHED, ALREADY_REVIEWED, ASSIGNMENT_NOT_ACCEPTED, TRANCHE_NOT_ELIGIBLE, INVALID_REPORT_STATE, PAYMENT_IN_FLIGHT, PAYMENT_REFERENCE_DUPLICATE. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the configured limit. Codes: PAYLOAD_TOO_LARGE. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    NotificationsController_mine: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's nextCursor. */
                cursor?: string;
                /** @description Page size, 1 to 100 (default 20). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller's own notifications, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPageDto"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: applicant, reviewer, committee_chair, finance_officer, finance_approver, program_manager, admin, auditor (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OrganizationsController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's nextCursor. */
                cursor?: string;
                /** @description Page size, 1 to 100 (default 20). */
                limit?: number;
                /** @description Part of the name or of the registration number (case-insensitive). */
                q?: string;
                /** @description Region key. */
                region?: "conakry" | "kindia" | "mamou" | "labe" | "kankan" | "siguiri";
                status?: "pending_verification" | "verified" | "refused";
                type?: "womens_association" | "youth_group" | "community_based_organization" | "ngo" | "local_security_council";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationPageDto"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: program_manager, admin, auditor, committee_chair, finance_officer, finance_approver (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OrganizationsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer for the same key and body; another body with the same key gets 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateOrganizationDto"];
            };
        };
        responses: {
            /** @description Created `pending_verification`; an applicant becomes its member. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDto"];
                };
            };
            /** @description The body is not valid JSON. Codes: MALFORMED_JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: applicant, admin (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record’s state does not allow it, or the Idempotency-Key was used for another request. Codes: IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_KEY_IN_PROGRESS, INVALID_STATE, ROUND_FIELDS_LOCKED, ENVELOPE_BELOW_RESERVED, ROUND_NOT_OPEN, ONE_OPEN_PROPOSAL_PER_ROUND, ALREADY_MEMBER, LAST_MEMBER, ACCOUNT_EXISTS, LAST_ADMIN, CONFLICT, ENVELOPE_EXCEEDED, QUORUM_NOT_REACHED, ALREADY_REVIEWED, ASSIGNMENT_NOT_ACCEPTED, TRANCHE_NOT_ELIGIBLE, INVALID_REPORT_STATE, PAYMENT_IN_FLIGHT, PAYMENT_REFERENCE_DUPLICATE. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the configured limit. Codes: PAYLOAD_TOO_LARGE. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OrganizationsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDto"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: applicant, committee_chair, finance_officer, finance_approver, program_manager, admin, auditor (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not visible to the caller. Codes: NOT_FOUND, ROUTE_NOT_FOUND, NOTHING_TO_EXPORT. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OrganizationsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateOrganizationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDto"];
                };
            };
            /** @description The body is not valid JSON. Codes: MALFORMED_JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: applicant (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not visible to the caller. Codes: NOT_FOUND, ROUTE_NOT_FOUND, NOTHING_TO_EXPORT. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record’s state does not allow it, or the Idempotency-Key was used for another request. Codes: IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_KEY_IN_PROGRESS, INVALID_STATE, ROUND_FIELDS_LOCKED, ENVELOPE_BELOW_RESERVED, ROUND_NOT_OPEN, ONE_OPEN_PROPOSAL_PER_ROUND, ALREADY_MEMBER, LAST_MEMBER, ACCOUNT_EXISTS, LAST_ADMIN, CONFLICT, ENVELOPE_EXCEEDED, QUORUM_NOT_REACHED, ALREADY_REVIEWED, ASSIGNMENT_NOT_ACCEPTED, TRANCHE_NOT_ELIGIBLE, INVALID_REPORT_STATE, PAYMENT_IN_FLIGHT, PAYMENT_REFERENCE_DUPLICATE. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the configured limit. Codes: PAYLOAD_TOO_LARGE. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OrganizationsController_removeMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                userId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No longer a member. The last member cannot be removed (409 LAST_MEMBER). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: applicant (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not visible to the caller. Codes: NOT_FOUND, ROUTE_NOT_FOUND, NOTHING_TO_EXPORT. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record’s state does not allow it, or the Idempotency-Key was used for another request. Codes: IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_KEY_IN_PROGRESS, INVALID_STATE, ROUND_FIELDS_LOCKED, ENVELOPE_BELOW_RESERVED, ROUND_NOT_OPEN, ONE_OPEN_PROPOSAL_PER_ROUND, ALREADY_MEMBER, LAST_MEMBER, ACCOUNT_EXISTS, LAST_ADMIN, CONFLICT, ENVELOPE_EXCEEDED, QUORUM_NOT_REACHED, ALREADY_REVIEWED, ASSIGNMENT_NOT_ACCEPTED, TRANCHE_NOT_ELIGIBLE, INVALID_REPORT_STATE, PAYMENT_IN_FLIGHT, PAYMENT_REFERENCE_DUPLICATE. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OrganizationsController_invite: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer for the same key and body; another body with the same key gets 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteMemberDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MemberInvitationDto"];
                };
            };
            /** @description The body is not valid JSON. Codes: MALFORMED_JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: applicant (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not visible to the caller. Codes: NOT_FOUND, ROUTE_NOT_FOUND, NOTHING_TO_EXPORT. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record’s state does not allow it, or the Idempotency-Key was used for another request. Codes: IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_KEY_IN_PROGRESS, INVALID_STATE, ROUND_FIELDS_LOCKED, ENVELOPE_BELOW_RESERVED, ROUND_NOT_OPEN, ONE_OPEN_PROPOSAL_PER_ROUND, ALREADY_MEMBER, LAST_MEMBER, ACCOUNT_EXISTS, LAST_ADMIN, CONFLICT, ENVELOPE_EXCEEDED, QUORUM_NOT_REACHED, ALREADY_REVIEWED, ASSIGNMENT_NOT_ACCEPTED, TRANCHE_NOT_ELIGIBLE, INVALID_REPORT_STATE, PAYMENT_IN_FLIGHT, PAYMENT_REFERENCE_DUPLICATE. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the configured limit. Codes: PAYLOAD_TOO_LARGE. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OrganizationsController_verify: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer for the same key and body; another body with the same key gets 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VerifyOrganizationDto"];
            };
        };
        responses: {
            /** @description `verified` or `refused`; the members are told. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDto"];
                };
            };
            /** @description The body is not valid JSON. Codes: MALFORMED_JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: program_manager (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not visible to the caller. Codes: NOT_FOUND, ROUTE_NOT_FOUND, NOTHING_TO_EXPORT. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record’s state does not allow it, or the Idempotency-Key was used for another request. Codes: IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_KEY_IN_PROGRESS, INVALID_STATE, ROUND_FIELDS_LOCKED, ENVELOPE_BELOW_RESERVED, ROUND_NOT_OPEN, ONE_OPEN_PROPOSAL_PER_ROUND, ALREADY_MEMBER, LAST_MEMBER, ACCOUNT_EXISTS, LAST_ADMIN, CONFLICT, ENVELOPE_EXCEEDED, QUORUM_NOT_REACHED, ALREADY_REVIEWED, ASSIGNMENT_NOT_ACCEPTED, TRANCHE_NOT_ELIGIBLE, INVALID_REPORT_STATE, PAYMENT_IN_FLIGHT, PAYMENT_REFERENCE_DUPLICATE. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the configured limit. Codes: PAYLOAD_TOO_LARGE. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    OrganizationsController_acceptInvitation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer for the same key and body; another body with the same key gets 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptMemberInvitationDto"];
            };
        };
        responses: {
            /** @description The caller is now a member of the organisation that invited it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OrganizationDto"];
                };
            };
            /** @description The body is not valid JSON. Codes: MALFORMED_JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: applicant (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record’s state does not allow it, or the Idempotency-Key was used for another request. Codes: IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_KEY_IN_PROGRESS, INVALID_STATE, ROUND_FIELDS_LOCKED, ENVELOPE_BELOW_RESERVED, ROUND_NOT_OPEN, ONE_OPEN_PROPOSAL_PER_ROUND, ALREADY_MEMBER, LAST_MEMBER, ACCOUNT_EXISTS, LAST_ADMIN, CONFLICT, ENVELOPE_EXCEEDED, QUORUM_NOT_REACHED, ALREADY_REVIEWED, ASSIGNMENT_NOT_ACCEPTED, TRANCHE_NOT_ELIGIBLE, INVALID_REPORT_STATE, PAYMENT_IN_FLIGHT, PAYMENT_REFERENCE_DUPLICATE. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the configured limit. Codes: PAYLOAD_TOO_LARGE. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PortfolioController_atRisk: {
        parameters: {
            query?: {
                commune?: string;
                /** @description Opaque cursor from the previous page's nextCursor. */
                cursor?: string;
                /** @description Page size, 1 to 100 (default 20). */
                limit?: number;
                organizationId?: string;
                /** @description Region key. */
                region?: "conakry" | "kindia" | "mamou" | "labe" | "kankan" | "siguiri";
                roundId?: string;
                status?: "active" | "suspended";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Grants that need attention, one row each: flagged at risk, stalled (an operation keeps failing) or both; longest first, with the reasons, overdue reports and late milestones. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AtRiskPageDto"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: program_manager, admin, auditor, finance_officer, finance_approver, applicant (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `roundId` asked for names no round. Codes: NOT_FOUND, ROUTE_NOT_FOUND, NOTHING_TO_EXPORT. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PortfolioController_milestones: {
        parameters: {
            query?: {
                commune?: string;
                /** @description Opaque cursor from the previous page's nextCursor. */
                cursor?: string;
                /** @description Page size, 1 to 100 (default 20). */
                limit?: number;
                organizationId?: string;
                /** @description Region key. */
                region?: "conakry" | "kindia" | "mamou" | "labe" | "kankan" | "siguiri";
                roundId?: string;
                /** @description `late`: past its due date, neither achieved nor missed. */
                status?: "late" | "pending" | "achieved" | "delayed" | "missed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Milestones of granted proposals by due date, with their grant and days late. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioMilestonePageDto"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: program_manager, admin, auditor, finance_officer, finance_approver, applicant (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `roundId` asked for names no round. Codes: NOT_FOUND, ROUTE_NOT_FOUND, NOTHING_TO_EXPORT. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PortfolioController_overdueReports: {
        parameters: {
            query?: {
                commune?: string;
                /** @description Opaque cursor from the previous page's nextCursor. */
                cursor?: string;
                /** @description Page size, 1 to 100 (default 20). */
                limit?: number;
                organizationId?: string;
                /** @description Region key. */
                region?: "conakry" | "kindia" | "mamou" | "labe" | "kankan" | "siguiri";
                roundId?: string;
                status?: "due" | "overdue";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Reports due or overdue on live grants, most late first, with the organisation to call. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OverdueReportPageDto"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: program_manager, admin, auditor, finance_officer, finance_approver, applicant (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `roundId` asked for names no round. Codes: NOT_FOUND, ROUTE_NOT_FOUND, NOTHING_TO_EXPORT. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PortfolioController_summary: {
        parameters: {
            query?: {
                /** @description Staff: one organisation only (figures computed from its rows). */
                organizationId?: string;
                /** @description Region key. */
                region?: "conakry" | "kindia" | "mamou" | "labe" | "kankan" | "siguiri";
                roundId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Per round, then per region: proposals and grants by status, the envelope (total, reserved, disbursed, remaining), beneficiaries reached against target, custom indicators, average review score (hundredths of a percent) and days from submission to decision. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortfolioSummaryDto"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: program_manager, admin, auditor, finance_officer, finance_approver, applicant (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `roundId` asked for names no round. Codes: NOT_FOUND, ROUTE_NOT_FOUND, NOTHING_TO_EXPORT. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProposalsController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's nextCursor. */
                cursor?: string;
                /** @description Page size, 1 to 100 (default 20). */
                limit?: number;
                /** @description newest (default) or oldest first, e.g. the committee’s queue: status=awaiting_decision&order=oldest. */
                order?: "newest" | "oldest";
                organizationId?: string;
                /** @description Region key. */
                region?: "conakry" | "kindia" | "mamou" | "labe" | "kankan" | "siguiri";
                roundId?: string;
                status?: "draft" | "submitted" | "screening" | "in_review" | "awaiting_decision" | "approved" | "rejected" | "ineligible" | "revision_requested" | "withdrawn" | "expired";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalPageDto"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: applicant, reviewer, committee_chair, finance_officer, finance_approver, program_manager, admin, auditor (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProposalsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer for the same key and body; another body with the same key gets 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProposalDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalDto"];
                };
            };
            /** @description The body is not valid JSON. Codes: MALFORMED_JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: applicant (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record’s state does not allow it, or the Idempotency-Key was used for another request. Codes: IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_KEY_IN_PROGRESS, INVALID_STATE, ROUND_FIELDS_LOCKED, ENVELOPE_BELOW_RESERVED, ROUND_NOT_OPEN, ONE_OPEN_PROPOSAL_PER_ROUND, ALREADY_MEMBER, LAST_MEMBER, ACCOUNT_EXISTS, LAST_ADMIN, CONFLICT, ENVELOPE_EXCEEDED, QUORUM_NOT_REACHED, ALREADY_REVIEWED, ASSIGNMENT_NOT_ACCEPTED, TRANCHE_NOT_ELIGIBLE, INVALID_REPORT_STATE, PAYMENT_IN_FLIGHT, PAYMENT_REFERENCE_DUPLICATE. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the configured limit. Codes: PAYLOAD_TOO_LARGE. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProposalsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalDto"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: applicant, reviewer, committee_chair, finance_officer, finance_approver, program_manager, admin, auditor (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not visible to the caller. Codes: NOT_FOUND, ROUTE_NOT_FOUND, NOTHING_TO_EXPORT. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProposalsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProposalDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalDto"];
                };
            };
            /** @description The body is not valid JSON. Codes: MALFORMED_JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: applicant (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not visible to the caller. Codes: NOT_FOUND, ROUTE_NOT_FOUND, NOTHING_TO_EXPORT. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record’s state does not allow it, or the Idempotency-Key was used for another request. Codes: IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_KEY_IN_PROGRESS, INVALID_STATE, ROUND_FIELDS_LOCKED, ENVELOPE_BELOW_RESERVED, ROUND_NOT_OPEN, ONE_OPEN_PROPOSAL_PER_ROUND, ALREADY_MEMBER, LAST_MEMBER, ACCOUNT_EXISTS, LAST_ADMIN, CONFLICT, ENVELOPE_EXCEEDED, QUORUM_NOT_REACHED, ALREADY_REVIEWED, ASSIGNMENT_NOT_ACCEPTED, TRANCHE_NOT_ELIGIBLE, INVALID_REPORT_STATE, PAYMENT_IN_FLIGHT, PAYMENT_REFERENCE_DUPLICATE. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the configured limit. Codes: PAYLOAD_TOO_LARGE. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProposalsController_decide: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer for the same key and body; another body with the same key gets 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionDto"];
            };
        };
        responses: {
            /** @description approve → `approved` with `grantId`; reject → `rejected`; revise → `revision_requested`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalDto"];
                };
            };
            /** @description The body is not valid JSON. Codes: MALFORMED_JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: committee_chair (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not visible to the caller. Codes: NOT_FOUND, ROUTE_NOT_FOUND, NOTHING_TO_EXPORT. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record’s state does not allow it, or the Idempotency-Key was used for another request. Codes: IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_KEY_IN_PROGRESS, INVALID_STATE, ROUND_FIELDS_LOCKED, ENVELOPE_BELOW_RESERVED, ROUND_NOT_OPEN, ONE_OPEN_PROPOSAL_PER_ROUND, ALREADY_MEMBER, LAST_MEMBER, ACCOUNT_EXISTS, LAST_ADMIN, CONFLICT, ENVELOPE_EXCEEDED, QUORUM_NOT_REACHED, ALREADY_REVIEWED, ASSIGNMENT_NOT_ACCEPTED, TRANCHE_NOT_ELIGIBLE, INVALID_REPORT_STATE, PAYMENT_IN_FLIGHT, PAYMENT_REFERENCE_DUPLICATE. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the configured limit. Codes: PAYLOAD_TOO_LARGE. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProposalsController_eligibility: {
        parameters: {
            query?: never;
            header?: {
                /** @description Messages in French (default) or English. */
                "accept-language"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Whether a submit would be accepted now, and if not the same refusal it would answer with. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EligibilityDto"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: applicant, program_manager, admin, auditor, committee_chair, finance_officer, finance_approver (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not visible to the caller. Codes: NOT_FOUND, ROUTE_NOT_FOUND, NOTHING_TO_EXPORT. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    HistoryController_proposal: {
        parameters: {
            query?: {
                /** @description Id of the last event of the previous page. */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventPageDto"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: applicant, committee_chair, finance_officer, finance_approver, program_manager, admin, auditor (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not visible to the caller. Codes: NOT_FOUND, ROUTE_NOT_FOUND, NOTHING_TO_EXPORT. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProposalReviewsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewListDto"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: committee_chair, program_manager, admin, auditor (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not visible to the caller. Codes: NOT_FOUND, ROUTE_NOT_FOUND, NOTHING_TO_EXPORT. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProposalsController_screen: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer for the same key and body; another body with the same key gets 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ScreeningDto"];
            };
        };
        responses: {
            /** @description Status `in_review` (reviewers are then assigned) or `ineligible`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalDto"];
                };
            };
            /** @description The body is not valid JSON. Codes: MALFORMED_JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: program_manager (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not visible to the caller. Codes: NOT_FOUND, ROUTE_NOT_FOUND, NOTHING_TO_EXPORT. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record’s state does not allow it, or the Idempotency-Key was used for another request. Codes: IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_KEY_IN_PROGRESS, INVALID_STATE, ROUND_FIELDS_LOCKED, ENVELOPE_BELOW_RESERVED, ROUND_NOT_OPEN, ONE_OPEN_PROPOSAL_PER_ROUND, ALREADY_MEMBER, LAST_MEMBER, ACCOUNT_EXISTS, LAST_ADMIN, CONFLICT, ENVELOPE_EXCEEDED, QUORUM_NOT_REACHED, ALREADY_REVIEWED, ASSIGNMENT_NOT_ACCEPTED, TRANCHE_NOT_ELIGIBLE, INVALID_REPORT_STATE, PAYMENT_IN_FLIGHT, PAYMENT_REFERENCE_DUPLICATE. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the configured limit. Codes: PAYLOAD_TOO_LARGE. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProposalsController_submit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer for the same key and body; another body with the same key gets 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Eligible and handed to review: status `screening`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalDto"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: applicant (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not visible to the caller. Codes: NOT_FOUND, ROUTE_NOT_FOUND, NOTHING_TO_EXPORT. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record’s state does not allow it, or the Idempotency-Key was used for another request. Codes: IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_KEY_IN_PROGRESS, INVALID_STATE, ROUND_FIELDS_LOCKED, ENVELOPE_BELOW_RESERVED, ROUND_NOT_OPEN, ONE_OPEN_PROPOSAL_PER_ROUND, ALREADY_MEMBER, LAST_MEMBER, ACCOUNT_EXISTS, LAST_ADMIN, CONFLICT, ENVELOPE_EXCEEDED, QUORUM_NOT_REACHED, ALREADY_REVIEWED, ASSIGNMENT_NOT_ACCEPTED, TRANCHE_NOT_ELIGIBLE, INVALID_REPORT_STATE, PAYMENT_IN_FLIGHT, PAYMENT_REFERENCE_DUPLICATE. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ProposalsController_withdraw: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer for the same key and body; another body with the same key gets 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawProposalDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalDto"];
                };
            };
            /** @description The body is not valid JSON. Codes: MALFORMED_JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: applicant (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not visible to the caller. Codes: NOT_FOUND, ROUTE_NOT_FOUND, NOTHING_TO_EXPORT. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record’s state does not allow it, or the Idempotency-Key was used for another request. Codes: IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_KEY_IN_PROGRESS, INVALID_STATE, ROUND_FIELDS_LOCKED, ENVELOPE_BELOW_RESERVED, ROUND_NOT_OPEN, ONE_OPEN_PROPOSAL_PER_ROUND, ALREADY_MEMBER, LAST_MEMBER, ACCOUNT_EXISTS, LAST_ADMIN, CONFLICT, ENVELOPE_EXCEEDED, QUORUM_NOT_REACHED, ALREADY_REVIEWED, ASSIGNMENT_NOT_ACCEPTED, TRANCHE_NOT_ELIGIBLE, INVALID_REPORT_STATE, PAYMENT_IN_FLIGHT, PAYMENT_REFERENCE_DUPLICATE. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the configured limit. Codes: PAYLOAD_TOO_LARGE. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PublicRoundsController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's nextCursor. */
                cursor?: string;
                /** @description Page size, 1 to 100 (default 20). */
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Open and upcoming calls, without signing in. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicRoundPageDto"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    PublicRoundsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicRoundDto"];
                };
            };
            /** @description No such record, or not visible to the caller. Codes: NOT_FOUND, ROUTE_NOT_FOUND, NOTHING_TO_EXPORT. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReportsController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's nextCursor. */
                cursor?: string;
                grantId?: string;
                /** @description Page size, 1 to 100 (default 20). */
                limit?: number;
                /** @description Region key. */
                region?: "conakry" | "kindia" | "mamou" | "labe" | "kankan" | "siguiri";
                roundId?: string;
                /** @description Only this status. Without it: the programme manager's queue, `submitted` (oldest first) then `overdue` (longest late first). */
                status?: "scheduled" | "due" | "submitted" | "accepted" | "changes_requested" | "overdue";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Reports across grants. Without `status`: the queue — submitted reports (oldest submission first), then overdue ones (longest late first), on grants not closed or terminated — with the grant, the organisation to call, the period and days waiting. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReportQueuePageDto"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: program_manager, admin, auditor (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The `roundId` asked for names no round. Codes: NOT_FOUND, ROUTE_NOT_FOUND, NOTHING_TO_EXPORT. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReviewsController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's nextCursor. */
                cursor?: string;
                /** @description Page size, 1 to 100 (default 20). */
                limit?: number;
                status?: "pending" | "accepted" | "declined" | "lapsed" | "submitted" | "cancelled";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentPageDto"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: reviewer (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReviewsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentDetailDto"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: reviewer (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not visible to the caller. Codes: NOT_FOUND, ROUTE_NOT_FOUND, NOTHING_TO_EXPORT. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReviewsController_accept: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer for the same key and body; another body with the same key gets 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptAssignmentDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentCommandResultDto"];
                };
            };
            /** @description The body is not valid JSON. Codes: MALFORMED_JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: reviewer (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not visible to the caller. Codes: NOT_FOUND, ROUTE_NOT_FOUND, NOTHING_TO_EXPORT. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record’s state does not allow it, or the Idempotency-Key was used for another request. Codes: IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_KEY_IN_PROGRESS, INVALID_STATE, ROUND_FIELDS_LOCKED, ENVELOPE_BELOW_RESERVED, ROUND_NOT_OPEN, ONE_OPEN_PROPOSAL_PER_ROUND, ALREADY_MEMBER, LAST_MEMBER, ACCOUNT_EXISTS, LAST_ADMIN, CONFLICT, ENVELOPE_EXCEEDED, QUORUM_NOT_REACHED, ALREADY_REVIEWED, ASSIGNMENT_NOT_ACCEPTED, TRANCHE_NOT_ELIGIBLE, INVALID_REPORT_STATE, PAYMENT_IN_FLIGHT, PAYMENT_REFERENCE_DUPLICATE. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the configured limit. Codes: PAYLOAD_TOO_LARGE. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReviewsController_decline: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer for the same key and body; another body with the same key gets 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclineAssignmentDto"];
            };
        };
        responses: {
            /** @description Declining declares a conflict of interest; another panel member is assigned. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentCommandResultDto"];
                };
            };
            /** @description The body is not valid JSON. Codes: MALFORMED_JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: reviewer (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not visible to the caller. Codes: NOT_FOUND, ROUTE_NOT_FOUND, NOTHING_TO_EXPORT. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record’s state does not allow it, or the Idempotency-Key was used for another request. Codes: IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_KEY_IN_PROGRESS, INVALID_STATE, ROUND_FIELDS_LOCKED, ENVELOPE_BELOW_RESERVED, ROUND_NOT_OPEN, ONE_OPEN_PROPOSAL_PER_ROUND, ALREADY_MEMBER, LAST_MEMBER, ACCOUNT_EXISTS, LAST_ADMIN, CONFLICT, ENVELOPE_EXCEEDED, QUORUM_NOT_REACHED, ALREADY_REVIEWED, ASSIGNMENT_NOT_ACCEPTED, TRANCHE_NOT_ELIGIBLE, INVALID_REPORT_STATE, PAYMENT_IN_FLIGHT, PAYMENT_REFERENCE_DUPLICATE. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the configured limit. Codes: PAYLOAD_TOO_LARGE. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    ReviewsController_submit: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer for the same key and body; another body with the same key gets 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SubmitReviewDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssignmentCommandResultDto"];
                };
            };
            /** @description The body is not valid JSON. Codes: MALFORMED_JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: reviewer (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not visible to the caller. Codes: NOT_FOUND, ROUTE_NOT_FOUND, NOTHING_TO_EXPORT. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record’s state does not allow it, or the Idempotency-Key was used for another request. Codes: IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_KEY_IN_PROGRESS, INVALID_STATE, ROUND_FIELDS_LOCKED, ENVELOPE_BELOW_RESERVED, ROUND_NOT_OPEN, ONE_OPEN_PROPOSAL_PER_ROUND, ALREADY_MEMBER, LAST_MEMBER, ACCOUNT_EXISTS, LAST_ADMIN, CONFLICT, ENVELOPE_EXCEEDED, QUORUM_NOT_REACHED, ALREADY_REVIEWED, ASSIGNMENT_NOT_ACCEPTED, TRANCHE_NOT_ELIGIBLE, INVALID_REPORT_STATE, PAYMENT_IN_FLIGHT, PAYMENT_REFERENCE_DUPLICATE. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the configured limit. Codes: PAYLOAD_TOO_LARGE. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RoundsController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's nextCursor. */
                cursor?: string;
                /** @description Page size, 1 to 100 (default 20). */
                limit?: number;
                /** @description `draft` and `upcoming` both mean "not open yet". */
                status?: "draft" | "upcoming" | "open" | "closed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first; `status` filters on where the round is in its dates. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundPageDto"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: applicant, reviewer, committee_chair, finance_officer, finance_approver, program_manager, admin, auditor (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RoundsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer for the same key and body; another body with the same key gets 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRoundDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundDto"];
                };
            };
            /** @description The body is not valid JSON. Codes: MALFORMED_JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: program_manager (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record’s state does not allow it, or the Idempotency-Key was used for another request. Codes: IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_KEY_IN_PROGRESS, INVALID_STATE, ROUND_FIELDS_LOCKED, ENVELOPE_BELOW_RESERVED, ROUND_NOT_OPEN, ONE_OPEN_PROPOSAL_PER_ROUND, ALREADY_MEMBER, LAST_MEMBER, ACCOUNT_EXISTS, LAST_ADMIN, CONFLICT, ENVELOPE_EXCEEDED, QUORUM_NOT_REACHED, ALREADY_REVIEWED, ASSIGNMENT_NOT_ACCEPTED, TRANCHE_NOT_ELIGIBLE, INVALID_REPORT_STATE, PAYMENT_IN_FLIGHT, PAYMENT_REFERENCE_DUPLICATE. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the configured limit. Codes: PAYLOAD_TOO_LARGE. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RoundsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundDto"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: applicant, reviewer, committee_chair, finance_officer, finance_approver, program_manager, admin, auditor (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not visible to the caller. Codes: NOT_FOUND, ROUTE_NOT_FOUND, NOTHING_TO_EXPORT. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RoundsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRoundDto"];
            };
        };
        responses: {
            /** @description Before opening: anything. Open: texts, a later closesAt, the envelope. Closed: texts, the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundDto"];
                };
            };
            /** @description The body is not valid JSON. Codes: MALFORMED_JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: program_manager (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not visible to the caller. Codes: NOT_FOUND, ROUTE_NOT_FOUND, NOTHING_TO_EXPORT. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `ROUND_FIELDS_LOCKED` (fields that can no longer change, listed in errors) or `ENVELOPE_BELOW_RESERVED`. Codes: IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_KEY_IN_PROGRESS, INVALID_STATE, ROUND_FIELDS_LOCKED, ENVELOPE_BELOW_RESERVED, ROUND_NOT_OPEN, ONE_OPEN_PROPOSAL_PER_ROUND, ALREADY_MEMBER, LAST_MEMBER, ACCOUNT_EXISTS, LAST_ADMIN, CONFLICT, ENVELOPE_EXCEEDED, QUORUM_NOT_REACHED, ALREADY_REVIEWED, ASSIGNMENT_NOT_ACCEPTED, TRANCHE_NOT_ELIGIBLE, INVALID_REPORT_STATE, PAYMENT_IN_FLIGHT, PAYMENT_REFERENCE_DUPLICATE. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the configured limit. Codes: PAYLOAD_TOO_LARGE. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RoundsController_close: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer for the same key and body; another body with the same key gets 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CloseRoundDto"];
            };
        };
        responses: {
            /** @description open → closed now: drafts can no longer be submitted; submitted proposals carry on. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RoundDto"];
                };
            };
            /** @description The body is not valid JSON. Codes: MALFORMED_JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: program_manager (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not visible to the caller. Codes: NOT_FOUND, ROUTE_NOT_FOUND, NOTHING_TO_EXPORT. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description `ROUND_NOT_OPEN`: not open yet, or already closed. Codes: IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_KEY_IN_PROGRESS, INVALID_STATE, ROUND_FIELDS_LOCKED, ENVELOPE_BELOW_RESERVED, ROUND_NOT_OPEN, ONE_OPEN_PROPOSAL_PER_ROUND, ALREADY_MEMBER, LAST_MEMBER, ACCOUNT_EXISTS, LAST_ADMIN, CONFLICT, ENVELOPE_EXCEEDED, QUORUM_NOT_REACHED, ALREADY_REVIEWED, ASSIGNMENT_NOT_ACCEPTED, TRANCHE_NOT_ELIGIBLE, INVALID_REPORT_STATE, PAYMENT_IN_FLIGHT, PAYMENT_REFERENCE_DUPLICATE. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the configured limit. Codes: PAYLOAD_TOO_LARGE. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    RoundsController_setPanel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SetPanelDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PanelDto"];
                };
            };
            /** @description The body is not valid JSON. Codes: MALFORMED_JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: program_manager (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not visible to the caller. Codes: NOT_FOUND, ROUTE_NOT_FOUND, NOTHING_TO_EXPORT. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record’s state does not allow it, or the Idempotency-Key was used for another request. Codes: IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_KEY_IN_PROGRESS, INVALID_STATE, ROUND_FIELDS_LOCKED, ENVELOPE_BELOW_RESERVED, ROUND_NOT_OPEN, ONE_OPEN_PROPOSAL_PER_ROUND, ALREADY_MEMBER, LAST_MEMBER, ACCOUNT_EXISTS, LAST_ADMIN, CONFLICT, ENVELOPE_EXCEEDED, QUORUM_NOT_REACHED, ALREADY_REVIEWED, ASSIGNMENT_NOT_ACCEPTED, TRANCHE_NOT_ELIGIBLE, INVALID_REPORT_STATE, PAYMENT_IN_FLIGHT, PAYMENT_REFERENCE_DUPLICATE. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the configured limit. Codes: PAYLOAD_TOO_LARGE. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    TrancheQueueController_list: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's nextCursor. */
                cursor?: string;
                /** @description Page size, 1 to 100 (default 20). */
                limit?: number;
                /** @description Region key. */
                region?: "conakry" | "kindia" | "mamou" | "labe" | "kankan" | "siguiri";
                roundId?: string;
                /** @description One queue; all five when absent. */
                status?: "eligible" | "release_requested" | "release_approved" | "disbursing" | "failed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tranches waiting on finance across grants, longest waiting first: eligible (to request), release_requested (to approve), release_approved, disbursing (to confirm or, when stuck, resolve), failed (to retry). `action` says what the caller may do on each row; `counts` gives each queue’s size. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrancheQueuePageDto"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: finance_officer, finance_approver, program_manager, admin, auditor (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    UsersController_list: {
        parameters: {
            query?: {
                /** @description true: active accounts only; false: deactivated ones only. */
                active?: "true" | "false";
                /** @description Opaque cursor from the previous page's nextCursor. */
                cursor?: string;
                /** @description Page size, 1 to 100 (default 20). */
                limit?: number;
                /** @description Part of the name, email or phone number. */
                q?: string;
                /** @description Only people with this role (program managers: reviewer or committee_chair). */
                role?: "applicant" | "reviewer" | "committee_chair" | "finance_officer" | "finance_approver" | "program_manager" | "admin" | "auditor";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Newest first. Program managers see reviewers and committee chairs only. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPageDto"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: admin, auditor, program_manager (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    UsersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: admin, auditor (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not visible to the caller. Codes: NOT_FOUND, ROUTE_NOT_FOUND, NOTHING_TO_EXPORT. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    UsersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description The body is not valid JSON. Codes: MALFORMED_JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: admin (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not visible to the caller. Codes: NOT_FOUND, ROUTE_NOT_FOUND, NOTHING_TO_EXPORT. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description LAST_ADMIN: the last active administrator cannot be demoted or deactivated (problem+json). Codes: IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_KEY_IN_PROGRESS, INVALID_STATE, ROUND_FIELDS_LOCKED, ENVELOPE_BELOW_RESERVED, ROUND_NOT_OPEN, ONE_OPEN_PROPOSAL_PER_ROUND, ALREADY_MEMBER, LAST_MEMBER, ACCOUNT_EXISTS, LAST_ADMIN, CONFLICT, ENVELOPE_EXCEEDED, QUORUM_NOT_REACHED, ALREADY_REVIEWED, ASSIGNMENT_NOT_ACCEPTED, TRANCHE_NOT_ELIGIBLE, INVALID_REPORT_STATE, PAYMENT_IN_FLIGHT, PAYMENT_REFERENCE_DUPLICATE. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the configured limit. Codes: PAYLOAD_TOO_LARGE. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    UsersController_resend: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer for the same key and body; another body with the same key gets 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmptyCommandDto"];
            };
        };
        responses: {
            /** @description A new link is sent; the earlier one stops working (409 once the invitation is accepted). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description The body is not valid JSON. Codes: MALFORMED_JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: admin (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not visible to the caller. Codes: NOT_FOUND, ROUTE_NOT_FOUND, NOTHING_TO_EXPORT. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record’s state does not allow it, or the Idempotency-Key was used for another request. Codes: IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_KEY_IN_PROGRESS, INVALID_STATE, ROUND_FIELDS_LOCKED, ENVELOPE_BELOW_RESERVED, ROUND_NOT_OPEN, ONE_OPEN_PROPOSAL_PER_ROUND, ALREADY_MEMBER, LAST_MEMBER, ACCOUNT_EXISTS, LAST_ADMIN, CONFLICT, ENVELOPE_EXCEEDED, QUORUM_NOT_REACHED, ALREADY_REVIEWED, ASSIGNMENT_NOT_ACCEPTED, TRANCHE_NOT_ELIGIBLE, INVALID_REPORT_STATE, PAYMENT_IN_FLIGHT, PAYMENT_REFERENCE_DUPLICATE. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the configured limit. Codes: PAYLOAD_TOO_LARGE. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description More than 5 resends an hour for this person; wait `Retry-After` seconds (problem+json). Codes: RATE_LIMITED. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    UsersController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmptyCommandDto"];
            };
        };
        responses: {
            /** @description The link stops working and the invited account is deactivated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description The body is not valid JSON. Codes: MALFORMED_JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: admin (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record, or not visible to the caller. Codes: NOT_FOUND, ROUTE_NOT_FOUND, NOTHING_TO_EXPORT. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The record’s state does not allow it, or the Idempotency-Key was used for another request. Codes: IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_KEY_IN_PROGRESS, INVALID_STATE, ROUND_FIELDS_LOCKED, ENVELOPE_BELOW_RESERVED, ROUND_NOT_OPEN, ONE_OPEN_PROPOSAL_PER_ROUND, ALREADY_MEMBER, LAST_MEMBER, ACCOUNT_EXISTS, LAST_ADMIN, CONFLICT, ENVELOPE_EXCEEDED, QUORUM_NOT_REACHED, ALREADY_REVIEWED, ASSIGNMENT_NOT_ACCEPTED, TRANCHE_NOT_ELIGIBLE, INVALID_REPORT_STATE, PAYMENT_IN_FLIGHT, PAYMENT_REFERENCE_DUPLICATE. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the configured limit. Codes: PAYLOAD_TOO_LARGE. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    UsersController_invite: {
        parameters: {
            query?: never;
            header?: {
                /** @description Replays the first answer for the same key and body; another body with the same key gets 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InviteUserDto"];
            };
        };
        responses: {
            /** @description The account (status invited) and its link, sent by email or SMS in its language. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description The body is not valid JSON. Codes: MALFORMED_JSON. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing or invalid token (problem+json). Codes: UNAUTHENTICATED, INVALID_CREDENTIALS, TOTP_REQUIRED, TOTP_INVALID. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires one of: admin (problem+json). Codes: FORBIDDEN, ACCOUNT_NOT_VERIFIED, TOTP_ENROLMENT_REQUIRED, NOT_ASSIGNED, MAKER_CHECKER. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description ACCOUNT_EXISTS: the email or phone already has an account (problem+json). Codes: IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_KEY_IN_PROGRESS, INVALID_STATE, ROUND_FIELDS_LOCKED, ENVELOPE_BELOW_RESERVED, ROUND_NOT_OPEN, ONE_OPEN_PROPOSAL_PER_ROUND, ALREADY_MEMBER, LAST_MEMBER, ACCOUNT_EXISTS, LAST_ADMIN, CONFLICT, ENVELOPE_EXCEEDED, QUORUM_NOT_REACHED, ALREADY_REVIEWED, ASSIGNMENT_NOT_ACCEPTED, TRANCHE_NOT_ELIGIBLE, INVALID_REPORT_STATE, PAYMENT_IN_FLIGHT, PAYMENT_REFERENCE_DUPLICATE. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the configured limit. Codes: PAYLOAD_TOO_LARGE. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Invalid input: see `errors` per field. Codes: VALIDATION_FAILED, ROUND_CLOSED, REGION_NOT_ELIGIBLE, AMOUNT_ABOVE_MAX_AWARD, BUDGET_MISMATCH, INCOMPLETE_PROPOSAL, ORGANIZATION_REQUIRED, ORGANIZATION_NOT_VERIFIED, ORGANIZATION_INVITATION_INVALID, INVALID_CODE, CODE_EXPIRED, UNKNOWN_REVIEWER, INVALID_TOKEN, WEAK_PASSWORD, SEGREGATION_OF_DUTIES, AMOUNT_ABOVE_REQUEST, JUSTIFICATION_REQUIRED, INVALID_SCORES, EXPENDITURE_ABOVE_DISBURSED, PAYMENT_AMOUNT_MISMATCH, UNSPENT_ABOVE_DISBURSED. */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency (PostgreSQL or Temporal) is unavailable: retry after `Retry-After` seconds (with the same Idempotency-Key). Codes: SERVICE_UNAVAILABLE. */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    HealthController_live: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Health Check is successful */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /** @example ok */
                        status?: string;
                    };
                };
            };
            /** @description The Health Check is not successful */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       },
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /**
                         * @example {
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect"
                         *       }
                         *     }
                         */
                        error?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /** @example error */
                        status?: string;
                    };
                };
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The Health Check is successful */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /** @example ok */
                        status?: string;
                    };
                };
            };
            /** @description The Health Check is not successful */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       },
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect"
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                        /**
                         * @example {
                         *       "redis": {
                         *         "status": "down",
                         *         "message": "Could not connect"
                         *       }
                         *     }
                         */
                        error?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up"
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                status: string;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /** @example error */
                        status?: string;
                    };
                };
            };
        };
    };
}
