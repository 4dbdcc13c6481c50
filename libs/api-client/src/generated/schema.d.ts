/**
 * Generated from apps/api/openapi.json by `npm run generate`. Do not edit by hand.
 */

export type paths = {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["checkLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["checkReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-tokens": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listApiTokens"];
        put?: never;
        post: operations["createApiToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-tokens/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["revokeApiToken"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approval-delegations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listDelegations"];
        put?: never;
        post: operations["createDelegation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approval-delegations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["revokeDelegation"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approval-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listApprovalPolicies"];
        put?: never;
        post: operations["createApprovalPolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approval-policies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getApprovalPolicy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["updateApprovalPolicy"];
        trace?: never;
    };
    "/api/v1/approvals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listApprovals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approvals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getApproval"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approvals/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["approveApproval"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approvals/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["rejectApproval"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/approvals/bulk": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["decideApprovalsInBulk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attachments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["deleteAttachment"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/attachments/{id}/content": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["downloadAttachment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
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
        post: operations["login"];
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
        post: operations["logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["refresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listCatalogCategories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listCatalogItems"];
        put?: never;
        post: operations["createCatalogItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getCatalogItem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["updateCatalogItem"];
        trace?: never;
    };
    "/api/v1/catalog/items/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["publishCatalogItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/items/{id}/retire": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["retireCatalogItem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/catalog/items/{id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listCatalogItemReviews"];
        put?: never;
        post: operations["createCatalogItemReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cost-centers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listCostCenters"];
        put?: never;
        post: operations["createCostCenter"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/cost-centers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getCostCenter"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["updateCostCenter"];
        trace?: never;
    };
    "/api/v1/metrics/catalog-items/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getCatalogItemMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/metrics/cost-centers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getCostCenterMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/metrics/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getDashboardMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/metrics/requests/timeseries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getRequestTimeseries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/metrics/sla": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getSlaMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["markNotificationRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getNotificationPreferences"];
        put: operations["updateNotificationPreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["markAllNotificationsRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["streamNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/unread-count": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getUnreadNotificationCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["searchPeople"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/requests.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["exportRequestsCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listRequests"];
        put?: never;
        post: operations["createRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getRequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["updateRequest"];
        trace?: never;
    };
    "/api/v1/requests/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["assignRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/requests/{id}/attachments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listRequestAttachments"];
        put?: never;
        post: operations["uploadRequestAttachment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/requests/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["cancelRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/requests/{id}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["closeRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/requests/{id}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listRequestComments"];
        put?: never;
        post: operations["addRequestComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/requests/{id}/hold": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["holdRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/requests/{id}/priority": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["changeRequestPriority"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/requests/{id}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["reopenRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/requests/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["resumeRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/requests/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["submitRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sla/calendars": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listSlaCalendars"];
        put?: never;
        post: operations["createSlaCalendar"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sla/calendars/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getSlaCalendar"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["updateSlaCalendar"];
        trace?: never;
    };
    "/api/v1/sla/calendars/{id}/holidays/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["importSlaCalendarHolidays"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sla/holiday-presets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listHolidayPreset"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sla/holiday-presets/countries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listHolidayCountries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sla/policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listSlaPolicies"];
        put?: never;
        post: operations["createSlaPolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sla/policies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getSlaPolicy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["updateSlaPolicy"];
        trace?: never;
    };
    "/api/v1/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getTask"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["assignTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/checklist/{itemId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["updateChecklistItem"];
        trace?: never;
    };
    "/api/v1/tasks/{id}/claim": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["claimTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["completeTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["addTaskNote"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/skip": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["skipTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["startTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/tasks/{id}/time-entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["addTimeEntry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listTeams"];
        put?: never;
        post: operations["createTeam"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/teams/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getTeam"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["updateTeam"];
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listUsers"];
        put?: never;
        post: operations["createUser"];
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
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch: operations["updateUser"];
        trace?: never;
    };
    "/api/v1/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listWebhooks"];
        put?: never;
        post: operations["createWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["getWebhook"];
        put?: never;
        post?: never;
        delete: operations["deleteWebhook"];
        options?: never;
        head?: never;
        patch: operations["updateWebhook"];
        trace?: never;
    };
    "/api/v1/webhooks/{id}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["listWebhookDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        ActivityDto: {
            /** Format: uuid */
            actorId: string | null;
            actorName: string | null;
            /** Format: uuid */
            id: string;
            kind: string;
            /** Format: date-time */
            occurredAt: string;
            summary: string;
        };
        AddCommentRequest: {
            body: string;
            /**
             * @description internal: agents only
             * @default public
             * @enum {string}
             */
            visibility: "public" | "internal";
        };
        AddTaskNoteRequest: {
            body: string;
        };
        AddTimeEntryRequest: {
            minutes: number;
            note?: string;
            /**
             * Format: date
             * @description Defaults to today
             */
            spentOn?: string;
        };
        ApiTokenDto: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            createdById: string;
            /** @description The start of the token, to tell tokens apart */
            displayPrefix: string;
            /** Format: date-time */
            expiresAt: string | null;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastUsedAt: string | null;
            name: string;
            /** Format: date-time */
            revokedAt: string | null;
            roles: ("requester" | "approver" | "agent" | "change_manager" | "admin" | "auditor")[];
        };
        ApiTokenList: {
            items: components["schemas"]["ApiTokenDto"][];
        };
        ApprovalDto: {
            /** Format: uuid */
            approverId: string;
            approverName: string;
            comment: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            decidedAt: string | null;
            /** Format: uuid */
            decidedById: string | null;
            /**
             * Format: uuid
             * @description Set when a delegation routed it
             */
            delegatedFromId: string | null;
            delegatedFromName: string | null;
            /** Format: uuid */
            id: string;
            /** @description Zero-based level of the policy */
            levelIndex: number;
            levelName: string | null;
            /** @enum {string} */
            status: "pending" | "approved" | "rejected" | "not_required";
            /** Format: date-time */
            timeoutAt: string | null;
            version: number;
        };
        ApprovalLevelDoc: {
            approvers: components["schemas"]["ApproverSpecDoc"][];
            name?: string;
            reminderIntervalHours?: number;
            rule: components["schemas"]["ApprovalRuleDoc"];
            /** @enum {string} */
            timeoutAction?: "escalate" | "approve" | "reject";
            timeoutHours?: number;
        };
        ApprovalPage: {
            items: components["schemas"]["ApprovalQueueItemDto"][];
            nextCursor: string | null;
        };
        ApprovalPolicyDto: {
            description: string;
            /** Format: uuid */
            id: string;
            levels: components["schemas"]["ApprovalLevelDoc"][];
            name: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        ApprovalPolicyList: {
            items: components["schemas"]["ApprovalPolicyDto"][];
        };
        ApprovalQueueItemDto: {
            /** Format: uuid */
            approverId: string;
            approverName: string;
            comment: string | null;
            /** @example 1250.00 */
            costAmount: string;
            /** @example USD */
            costCurrency: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            decidedAt: string | null;
            /** Format: uuid */
            decidedById: string | null;
            /**
             * Format: uuid
             * @description Set when a delegation routed it
             */
            delegatedFromId: string | null;
            delegatedFromName: string | null;
            /** Format: uuid */
            id: string;
            itemName: string;
            justification: string;
            /** @description Zero-based level of the policy */
            levelIndex: number;
            levelName: string | null;
            priority: string;
            /** Format: uuid */
            requesterId: string;
            requesterName: string;
            /** Format: uuid */
            requestId: string;
            /** @example REQ-000042 */
            requestNumber: string;
            /** @enum {string} */
            status: "pending" | "approved" | "rejected" | "not_required";
            /** Format: date-time */
            timeoutAt: string | null;
            version: number;
        };
        ApprovalRuleDoc: {
            /** @enum {string} */
            kind: "all" | "any" | "min" | "percent";
            /** @description for kind min */
            minApprovals?: number;
            /** @description for kind percent, 1-100 */
            percent?: number;
        };
        ApproveRequest: {
            comment?: string;
            /** @description The version you read; a stale one gets 409 */
            version?: number;
        };
        ApproverSpecDoc: {
            /**
             * @description for type role
             * @enum {string}
             */
            role?: "requester" | "approver" | "agent" | "change_manager" | "admin" | "auditor";
            /**
             * Format: uuid
             * @description for type team
             */
            teamId?: string;
            /** @enum {string} */
            type: "user" | "team" | "role" | "requester_manager" | "cost_center_owner";
            /**
             * Format: uuid
             * @description for type user
             */
            userId?: string;
        };
        AssignRequestRequest: {
            /**
             * Format: uuid
             * @description An active agent or admin
             */
            assigneeId: string;
            /** @description The version you read; a stale one gets 409 */
            version?: number;
        };
        AssignTaskRequest: {
            /** Format: uuid */
            assigneeId: string;
            /** @description The version you read; a stale one gets 409 */
            version?: number;
        };
        AttachmentDto: {
            canDelete: boolean;
            /**
             * @description The type the content was verified to be
             * @example application/pdf
             */
            contentType: string;
            /** Format: date-time */
            createdAt: string;
            /**
             * @description The uploader's file name, sanitised
             * @example quote.pdf
             */
            fileName: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            requestId: string;
            /** @description Hex SHA-256 of the content */
            sha256: string;
            /** @example 48213 */
            sizeBytes: number;
            /** Format: uuid */
            uploaderId: string;
            uploaderName: string;
        };
        AttachmentPage: {
            items: components["schemas"]["AttachmentDto"][];
            nextCursor: string | null;
        };
        AuditEventDto: {
            /** @example user.updated */
            action: string;
            /** Format: uuid */
            actorId: string | null;
            /** @enum {string} */
            actorType: "user" | "token" | "system";
            after: {
                [key: string]: unknown;
            } | null;
            before: {
                [key: string]: unknown;
            } | null;
            /** Format: uuid */
            entityId: string | null;
            /** @example user */
            entityType: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            occurredAt: string;
            requestId: string | null;
            sourceIp: string | null;
        };
        AuditEventPage: {
            items: components["schemas"]["AuditEventDto"][];
            nextCursor: string | null;
        };
        BreachAnalysisDto: {
            /** @description Mean wall-clock minutes past due: until stopped, or until now while running */
            averageOverdueMinutes: number | null;
            breached: number;
            /** @description The 20 most breached items */
            byItem: components["schemas"]["BreachGroupDto"][];
            byKind: components["schemas"]["BreachGroupDto"][];
        };
        BreachGroupDto: {
            averageOverdueMinutes: number | null;
            breached: number;
            /** @description The timer kind, or the catalog item id */
            key: string;
            /** @description The kind, or the item name */
            label: string | null;
        };
        BulkDecisionRequest: {
            /** @description Required to reject */
            comment?: string;
            /** @enum {string} */
            decision: "approve" | "reject";
            ids: string[];
        };
        BulkDecisionResult: {
            results: components["schemas"]["BulkOutcomeDto"][];
        };
        BulkOutcomeDto: {
            detail: string | null;
            /** Format: uuid */
            id: string;
            ok: boolean;
            /** @description HTTP status this id alone would have had */
            status: number;
        };
        CancelRequestRequest: {
            reason?: string;
            /** @description The version you read; a stale one gets 409 */
            version?: number;
        };
        CatalogCategoryDto: {
            description: string;
            /**
             * @description Material icon name
             * @example Computer
             */
            icon: string;
            /** Format: uuid */
            id: string;
            /** @description Published items in the category */
            itemCount: number;
            /**
             * @description Stable handle, usable as `?category=`
             * @example hardware
             */
            key: string;
            /** @example Hardware */
            name: string;
            sortOrder: number;
        };
        CatalogCategoryList: {
            items: components["schemas"]["CatalogCategoryDto"][];
        };
        CatalogItemActionRequest: {
            /** @description The version you read */
            version: number;
        };
        CatalogItemDto: {
            /** Format: uuid */
            approvalPolicyId: string | null;
            /** Format: uuid */
            categoryId: string;
            /** @example hardware */
            categoryKey: string;
            /** @example Hardware */
            categoryName: string;
            /**
             * @description Decimal string with up to 2 decimals, e.g. "1250.00" (a string, so no precision is lost)
             * @example 1450.00
             */
            costAmount: string;
            /** Format: uuid */
            costCenterId: string | null;
            /** @example USD */
            costCurrency: string;
            /** Format: date-time */
            createdAt: string;
            /** @description Estimated delivery, in days after approval */
            deliveryDays: number;
            description: string;
            documentationLinks: components["schemas"]["DocumentationLinkDto"][];
            /** @description The request form: a JSON Schema (draft-07) for an object */
            formSchema: {
                [key: string]: unknown;
            } | null;
            /**
             * @description Material icon name
             * @example Laptop
             */
            icon: string;
            /** Format: uuid */
            id: string;
            /** @example Laptop Request */
            name: string;
            /** @description What the requester needs before ordering */
            prerequisites: string[];
            /** Format: date-time */
            publishedAt: string | null;
            /** @description Average review rating, 1-5 */
            ratingAverage: number | null;
            ratingCount: number;
            /** @description The targets its requests are measured against at medium priority: the policy the item names, else the tenant's default; null when neither is active */
            sla: components["schemas"]["SlaPromiseDto"] | null;
            /** Format: uuid */
            slaPolicyId: string | null;
            /** @enum {string} */
            status: "draft" | "published" | "retired";
            /** Format: uuid */
            supportTeamId: string | null;
            taskTemplates: components["schemas"]["TaskTemplateDto"][];
            /** @description Rendering hints (react-jsonschema-form uiSchema) */
            uiSchema: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            updatedAt: string;
            /** @description Send back with changes and actions; a stale version gets 409 */
            version: number;
        };
        CatalogItemMetricsDto: {
            averageApprovalMinutes: number | null;
            averageFulfilmentMinutes: number | null;
            byStatus: components["schemas"]["StatusCountDto"][];
            /** @description One row per currency ordered in */
            cost: components["schemas"]["ItemCostDto"][];
            /** Format: uuid */
            itemId: string;
            itemName: string;
            satisfaction: components["schemas"]["SatisfactionDto"];
            /** @description Requests created in the window */
            totalRequests: number;
            window: components["schemas"]["MetricsWindowDto"];
        };
        CatalogItemPage: {
            items: components["schemas"]["CatalogItemSummaryDto"][];
            nextCursor: string | null;
        };
        CatalogItemReviewDto: {
            /** Format: uuid */
            authorId: string;
            /** @example Riley Requester */
            authorName: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            itemId: string;
            rating: number;
            /** Format: uuid */
            requestId: string;
            /**
             * @description The request the review was earned by
             * @example REQ-000042
             */
            requestNumber: string;
            text: string;
        };
        CatalogItemReviewPage: {
            items: components["schemas"]["CatalogItemReviewDto"][];
            nextCursor: string | null;
        };
        CatalogItemSummaryDto: {
            /** Format: uuid */
            categoryId: string;
            /** @example hardware */
            categoryKey: string;
            /** @example Hardware */
            categoryName: string;
            /**
             * @description Decimal string with up to 2 decimals, e.g. "1250.00" (a string, so no precision is lost)
             * @example 1450.00
             */
            costAmount: string;
            /** @example USD */
            costCurrency: string;
            /** @description Estimated delivery, in days after approval */
            deliveryDays: number;
            description: string;
            /**
             * @description Material icon name
             * @example Laptop
             */
            icon: string;
            /** Format: uuid */
            id: string;
            /** @example Laptop Request */
            name: string;
            /** Format: date-time */
            publishedAt: string | null;
            /** @description Average review rating, 1-5 */
            ratingAverage: number | null;
            ratingCount: number;
            /** @description The targets its requests are measured against at medium priority: the policy the item names, else the tenant's default; null when neither is active */
            sla: components["schemas"]["SlaPromiseDto"] | null;
            /** @enum {string} */
            status: "draft" | "published" | "retired";
            /** Format: date-time */
            updatedAt: string;
            /** @description Send back with changes and actions; a stale version gets 409 */
            version: number;
        };
        ChangePriorityRequest: {
            /** @enum {string} */
            priority: "low" | "medium" | "high" | "critical";
            /** @description why; shown on the timeline */
            reason?: string;
            /** @description The version you read; a stale one gets 409 */
            version?: number;
        };
        ChecklistItemDto: {
            done: boolean;
            /** Format: date-time */
            doneAt: string | null;
            /** Format: uuid */
            doneById: string | null;
            /** Format: uuid */
            id: string;
            label: string;
        };
        CloseRequestRequest: {
            feedback?: string;
            rating: number;
            /**
             * @description Also publish the rating and feedback as a review of the catalog item
             * @default false
             */
            shareAsReview: boolean;
            /** @description The version you read; a stale one gets 409 */
            version?: number;
        };
        CommentDto: {
            /** Format: uuid */
            authorId: string;
            authorName: string;
            body: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            visibility: "public" | "internal";
        };
        CommentList: {
            items: components["schemas"]["CommentDto"][];
        };
        CostCenterDto: {
            /**
             * @description Budget less committed and spent; negative when over budget
             * @example 245350.00
             */
            availableAmount: string;
            /**
             * @description Decimal string with up to 2 decimals, e.g. "1250.00" (a string, so no precision is lost)
             * @example 250000.00
             */
            budgetAmount: string;
            /** @example IT-OPS */
            code: string;
            /**
             * @description Approved, not yet fulfilled. Decimal string with up to 2 decimals, e.g. "1250.00" (a string, so no precision is lost)
             * @example 1450.00
             */
            committedAmount: string;
            /** Format: date-time */
            createdAt: string;
            /** @example USD */
            currency: string;
            /** Format: uuid */
            id: string;
            /** @example IT Operations */
            name: string;
            /**
             * Format: uuid
             * @description Receives budget alerts; may approve requests
             */
            ownerId: string;
            /**
             * Format: date
             * @example 2026-12-31
             */
            periodEnd: string;
            /**
             * Format: date
             * @example 2026-01-01
             */
            periodStart: string;
            /**
             * @description Fulfilled. Decimal string with up to 2 decimals, e.g. "1250.00" (a string, so no precision is lost)
             * @example 3200.00
             */
            spentAmount: string;
            /** Format: date-time */
            updatedAt: string;
            /** @description Send back with changes; a stale version gets 409 */
            version: number;
        };
        CostCenterMetricsRowDto: {
            /** @example 245350.00 */
            available: string;
            /** @example 250000.00 */
            budget: string;
            /** @example IT-OPS */
            code: string;
            /** @example 1450.00 */
            committed: string;
            /** Format: uuid */
            costCenterId: string;
            /** @example USD */
            currency: string;
            name: string;
            /** Format: date */
            periodEnd: string;
            /** Format: date */
            periodStart: string;
            /** @example 3200.00 */
            spent: string;
            /** @description Committed and spent over budget, as a percentage; null for a zero budget */
            utilisationPercent: number | null;
        };
        CostCenterPage: {
            items: components["schemas"]["CostCenterDto"][];
            nextCursor: string | null;
        };
        CostMetricsDto: {
            costCenters: components["schemas"]["CostCenterMetricsRowDto"][];
            totals: components["schemas"]["CostTotalDto"][];
            /** @description True when there were more cost centres than are shown */
            truncated: boolean;
        };
        CostTotalDto: {
            available: string;
            budget: string;
            committed: string;
            /** @example USD */
            currency: string;
            spent: string;
        };
        CreateApiTokenRequest: {
            /**
             * Format: date-time
             * @description Omit for a token that does not expire
             */
            expiresAt?: string;
            /** @example Monitoring integration */
            name: string;
            /** @description At most the roles you hold */
            roles: ("requester" | "approver" | "agent" | "change_manager" | "admin" | "auditor")[];
        };
        CreateApprovalPolicyRequest: {
            description?: string;
            levels: components["schemas"]["ApprovalLevelDoc"][];
            /** @example Manager then IT */
            name: string;
        };
        CreateCatalogItemRequest: {
            /** Format: uuid */
            approvalPolicyId?: string | null;
            /** Format: uuid */
            categoryId: string;
            /**
             * @description Decimal string with up to 2 decimals, e.g. "1250.00" (a string, so no precision is lost)
             * @default 0.00
             * @example 1450.00
             */
            costAmount: string;
            /** Format: uuid */
            costCenterId?: string | null;
            /**
             * @description ISO 4217
             * @default USD
             * @example USD
             */
            costCurrency: string;
            /** @default 1 */
            deliveryDays: number;
            description?: string;
            documentationLinks?: components["schemas"]["DocumentationLinkDto"][];
            /** @description JSON Schema draft-07 with "type": "object"; required to publish */
            formSchema?: {
                [key: string]: unknown;
            } | null;
            /**
             * @description Material icon name
             * @example Laptop
             */
            icon?: string;
            /** @example Laptop Request */
            name: string;
            prerequisites?: string[];
            /** Format: uuid */
            slaPolicyId?: string | null;
            /** Format: uuid */
            supportTeamId?: string | null;
            /** @description Unique keys; `dependsOn` names other keys and must not make a cycle */
            taskTemplates?: components["schemas"]["TaskTemplateDto"][];
            /** @description react-jsonschema-form uiSchema */
            uiSchema?: {
                [key: string]: unknown;
            };
        };
        CreateCatalogItemReviewRequest: {
            rating: number;
            /**
             * Format: uuid
             * @description Your fulfilled or closed request for this item; each request earns one review
             */
            requestId: string;
            text: string;
        };
        CreateCostCenterRequest: {
            /**
             * @description Decimal string with up to 2 decimals, e.g. "1250.00" (a string, so no precision is lost)
             * @example 250000.00
             */
            budgetAmount: string;
            /** @example IT-OPS */
            code: string;
            /**
             * @description ISO 4217
             * @example USD
             */
            currency: string;
            /** @example IT Operations */
            name: string;
            /** Format: uuid */
            ownerId: string;
            /**
             * Format: date
             * @description Not before periodStart
             * @example 2026-12-31
             */
            periodEnd: string;
            /**
             * Format: date
             * @example 2026-01-01
             */
            periodStart: string;
        };
        CreatedApiToken: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            createdById: string;
            /** @description The start of the token, to tell tokens apart */
            displayPrefix: string;
            /** Format: date-time */
            expiresAt: string | null;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastUsedAt: string | null;
            name: string;
            /** Format: date-time */
            revokedAt: string | null;
            roles: ("requester" | "approver" | "agent" | "change_manager" | "admin" | "auditor")[];
            /** @description Shown once; only its hash is kept */
            token: string;
        };
        CreateDelegationRequest: {
            /**
             * Format: uuid
             * @description Who decides in your place
             */
            delegateId: string;
            /** Format: date-time */
            endsAt: string;
            /** Format: date-time */
            startsAt: string;
        };
        CreatedWebhook: {
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            /** @example Ticket sync */
            description: string;
            /**
             * @description Event types to send: exact (`request.approved`), a family (`request.*`) or everything (`*`)
             * @example [
             *       "request.*",
             *       "sla.breached"
             *     ]
             */
            eventTypes: string[];
            /** Format: uuid */
            id: string;
            /** @description Signs every delivery (X-Trellis-Signature); shown in this response only, so keep it now */
            secret: string;
            /** Format: date-time */
            updatedAt: string;
            /** @example https://hooks.example.com/trellis */
            url: string;
            /** @description Send back with changes; a stale version gets 409 */
            version: number;
        };
        CreateRequestRequest: {
            /** Format: uuid */
            costCenterId?: string | null;
            /** Format: date */
            dueDate?: string;
            /** @description Answers to the item's form */
            formData: {
                [key: string]: unknown;
            };
            /**
             * Format: uuid
             * @description A published catalog item
             */
            itemId: string;
            justification?: string;
            /**
             * @default medium
             * @enum {string}
             */
            priority: "low" | "medium" | "high" | "critical";
            /**
             * Format: uuid
             * @description Order on behalf of this person
             */
            requestedForId?: string;
        };
        CreateSlaCalendarRequest: {
            holidays?: components["schemas"]["HolidayDto"][];
            /** @example Berlin office hours */
            name: string;
            /**
             * @description IANA time zone
             * @example Europe/Berlin
             */
            timeZone: string;
            workingHours: components["schemas"]["WeeklyHoursDto"];
        };
        CreateSlaPolicyRequest: {
            /** Format: uuid */
            calendarId: string;
            description?: string;
            /** @default false */
            isDefault: boolean;
            /** @example Standard service */
            name: string;
            /**
             * @default [
             *       "on_hold"
             *     ]
             */
            pauseStates: "on_hold"[];
            targets: components["schemas"]["SlaTargetsDoc"];
            /**
             * @default [
             *       50,
             *       75
             *     ]
             */
            warningThresholds: number[];
        };
        CreateTeamRequest: {
            description?: string;
            /** Format: uuid */
            leadId?: string | null;
            memberIds?: string[];
            /** @example Service Desk */
            name: string;
        };
        CreateUserRequest: {
            /** @example new.person@acme.test */
            email: string;
            /** Format: uuid */
            managerId?: string | null;
            /** @example New Person */
            name: string;
            /** @description Omit to create a user who cannot sign in yet */
            password?: string;
            /**
             * @default [
             *       "requester"
             *     ]
             */
            roles: ("requester" | "approver" | "agent" | "change_manager" | "admin" | "auditor")[];
        };
        CreateWebhookRequest: {
            /** @default true */
            active: boolean;
            /** @example Ticket sync */
            description?: string;
            /**
             * @description Event types to send: exact (`request.approved`), a family (`request.*`) or everything (`*`)
             * @example [
             *       "request.*"
             *     ]
             */
            eventTypes: string[];
            /**
             * @description http(s) only
             * @example https://hooks.example.com/trellis
             */
            url: string;
        };
        DashboardMetricsDto: {
            /** @description Published catalog items */
            activeCatalogItems: number;
            /** @description Mean minutes from submission to approval, of requests submitted in the window that needed and got approval */
            averageApprovalMinutes: number | null;
            /** @description Mean minutes from submission to fulfilment, of requests fulfilled in the window */
            averageFulfilmentMinutes: number | null;
            /** @description Requests fulfilled since midnight UTC */
            fulfilledToday: number;
            /** @description Requests approved, in progress or on hold now */
            inProgress: number;
            /** @description Requests waiting for approval now */
            pendingApprovals: number;
            /** @description Ratings of requests fulfilled in the window */
            satisfaction: components["schemas"]["SatisfactionDto"];
            /** @description Of the SLA timers started in the window that stopped, the percentage met */
            slaCompliancePercent: number | null;
            /** @description Of the requests submitted in the window that finished, the percentage fulfilled or closed (rather than rejected or cancelled) */
            successRatePercent: number | null;
            /** @description The 10 most requested catalog items in the window, most first */
            topItems: components["schemas"]["ItemVolumeDto"][];
            /** @description Requests submitted in the window */
            totalRequests: number;
            window: components["schemas"]["MetricsWindowDto"];
        };
        DelegationDto: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            delegateId: string;
            delegateName: string;
            /** Format: uuid */
            delegatorId: string;
            delegatorName: string;
            /** Format: date-time */
            endsAt: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            revokedAt: string | null;
            /** Format: date-time */
            startsAt: string;
        };
        DelegationList: {
            items: components["schemas"]["DelegationDto"][];
        };
        DocumentationLinkDto: {
            /** @example VPN set-up guide */
            title: string;
            /**
             * Format: uri
             * @example https://intranet.example.com/kb/vpn
             */
            url: string;
        };
        HolidayCountryDto: {
            /** @example DE */
            code: string;
            /** @example Deutschland */
            name: string;
        };
        HolidayCountryList: {
            items: components["schemas"]["HolidayCountryDto"][];
        };
        HolidayDto: {
            /**
             * @description local date YYYY-MM-DD
             * @example 2026-12-25
             */
            date: string;
            /** @example Christmas Day */
            name?: string;
            /** @description repeats every year on the same month and day */
            recurring?: boolean;
        };
        HolidayPresetList: {
            items: components["schemas"]["HolidayDto"][];
        };
        ImportHolidaysRequest: {
            /** @description an iCalendar (ICS) document; each event becomes a holiday on its dates */
            ics: string;
            /** @description the calendar version you read */
            version: number;
        };
        ItemCostDto: {
            /**
             * @description Requests approved and being worked
             * @example 1850.00
             */
            committed: string;
            /** @example USD */
            currency: string;
            /**
             * @description Requests fulfilled or closed
             * @example 3700.00
             */
            spent: string;
        };
        ItemVolumeDto: {
            /** Format: uuid */
            itemId: string;
            itemName: string;
            /** @description Requests submitted in the window */
            requests: number;
        };
        LoginRequest: {
            /** @example requester@acme.test */
            email: string;
            /** @example Trellis-demo-1 */
            password: string;
            /**
             * @description The tenant's slug
             * @example acme
             */
            tenant: string;
        };
        MarkedRead: {
            /** @description How many notifications were marked read */
            updated: number;
        };
        Me: {
            email: string;
            /** Format: uuid */
            id: string;
            name: string;
            permissions: ("profile:read" | "catalog:read" | "catalog:manage" | "requests:create" | "requests:read-own" | "requests:read-all" | "requests:work" | "approvals:decide" | "tasks:work" | "incidents:work" | "problems:work" | "changes:work" | "changes:manage" | "configuration:read" | "configuration:manage" | "knowledge:read" | "knowledge:manage" | "users:read" | "users:manage" | "teams:read" | "teams:manage" | "api-tokens:manage" | "audit:read" | "settings:manage" | "metrics:read")[];
            roles: ("requester" | "approver" | "agent" | "change_manager" | "admin" | "auditor")[];
            tenant: components["schemas"]["MeTenant"];
            /** @enum {string} */
            via: "user" | "token";
        };
        MeTenant: {
            /** Format: uuid */
            id: string;
            name: string;
            slug: string;
        };
        MetricsWindowDto: {
            /** Format: date-time */
            from: string;
            /** Format: date-time */
            to: string;
        };
        NotificationDto: {
            /** @example Laptop Request is waiting for your approval. */
            body: string;
            /** Format: date-time */
            createdAt: string;
            /** @example approval.requested */
            eventType: string;
            /** Format: uuid */
            id: string;
            /**
             * @description Portal path of the record it is about
             * @example /requests/0b8f0a52-4b5e-4f43-9a53-7d0b0e3f1c11
             */
            link: string | null;
            /** Format: date-time */
            readAt: string | null;
            /** @example Approval needed: REQ-000042 */
            title: string;
        };
        NotificationPage: {
            items: components["schemas"]["NotificationDto"][];
            nextCursor: string | null;
        };
        NotificationPreferenceDto: {
            /** @enum {string} */
            channel: "in_app" | "email";
            enabled: boolean;
            /**
             * @example approval.requested
             * @enum {string}
             */
            eventType: "approval.requested" | "approval.reminder" | "approval.escalated" | "approval.decided" | "request.pending_approval" | "request.approved" | "request.rejected" | "request.in_progress" | "request.on_hold" | "request.fulfilled" | "request.closed" | "request.cancelled" | "request.assigned" | "request.commented" | "task.assigned" | "cost_center.budget_threshold_reached" | "sla.warning" | "sla.breached";
        };
        NotificationPreferences: {
            /** @description Every event type and channel; on unless turned off */
            items: components["schemas"]["NotificationPreferenceDto"][];
        };
        PersonDto: {
            /** @example requester@acme.test */
            email: string;
            /** Format: uuid */
            id: string;
            /** @example Riley Requester */
            name: string;
        };
        PersonList: {
            items: components["schemas"]["PersonDto"][];
        };
        Problem: {
            /** @example email must be an email */
            detail?: string;
            errors?: components["schemas"]["ProblemFieldError"][];
            /** @example /api/v1/users */
            instance?: string;
            /** @description Correlates with the server logs */
            requestId?: string;
            /** @example 400 */
            status: number;
            /** @example Validation failed */
            title: string;
            /** @example https://trellis.dev/problems/validation */
            type: string;
        };
        ProblemFieldError: {
            /** @example must be an email */
            message: string;
            /**
             * @description JSON Pointer to the offending field
             * @example /email
             */
            path: string;
        };
        RefreshRequest: {
            refreshToken: string;
        };
        RejectRequest: {
            /** @description Why: required to reject */
            comment: string;
            version?: number;
        };
        RequestActionRequest: {
            /** @description The version you read; a stale one gets 409 */
            version?: number;
        };
        RequestDto: {
            /** @description Actions the caller may take now */
            allowedActions: string[];
            approvals: components["schemas"]["ApprovalDto"][];
            /** Format: date-time */
            approvedAt: string | null;
            /** Format: uuid */
            assigneeId: string | null;
            assigneeName: string | null;
            /** Format: date-time */
            closedAt: string | null;
            comments: components["schemas"]["CommentDto"][];
            /** @example 1250.00 */
            costAmount: string;
            /** Format: uuid */
            costCenterId: string | null;
            /** @example USD */
            costCurrency: string;
            /** Format: date-time */
            createdAt: string;
            currentApprovalLevel: number | null;
            /** Format: date */
            dueDate: string | null;
            feedback: string | null;
            formData: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            fulfilledAt: string | null;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            itemId: string;
            itemName: string;
            justification: string;
            /** @example REQ-000042 */
            number: string;
            /** @enum {string} */
            priority: "low" | "medium" | "high" | "critical";
            rating: number | null;
            /** Format: uuid */
            requestedForId: string;
            requestedForName: string;
            /** Format: uuid */
            requesterId: string;
            requesterName: string;
            /** @description service-level clocks: response, resolution, and per task */
            slaTimers: components["schemas"]["SlaTimerDto"][];
            /** @enum {string} */
            status: "draft" | "submitted" | "pending_approval" | "approved" | "in_progress" | "on_hold" | "fulfilled" | "closed" | "rejected" | "cancelled";
            /** Format: date-time */
            submittedAt: string | null;
            tasks: components["schemas"]["TaskSummaryDto"][];
            timeline: components["schemas"]["ActivityDto"][];
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        RequestPage: {
            items: components["schemas"]["RequestSummaryDto"][];
            nextCursor: string | null;
        };
        RequestSummaryDto: {
            /** Format: uuid */
            assigneeId: string | null;
            assigneeName: string | null;
            /** @example 1250.00 */
            costAmount: string;
            /** @example USD */
            costCurrency: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            itemId: string;
            itemName: string;
            /** @example REQ-000042 */
            number: string;
            /** @enum {string} */
            priority: "low" | "medium" | "high" | "critical";
            /** Format: uuid */
            requestedForId: string;
            requestedForName: string;
            /** Format: uuid */
            requesterId: string;
            requesterName: string;
            /** @enum {string} */
            status: "draft" | "submitted" | "pending_approval" | "approved" | "in_progress" | "on_hold" | "fulfilled" | "closed" | "rejected" | "cancelled";
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        RequestTimeseriesDto: {
            buckets: components["schemas"]["TimeseriesBucketDto"][];
            /** @enum {string} */
            interval: "day" | "week";
            window: components["schemas"]["MetricsWindowDto"];
        };
        SatisfactionDto: {
            /** @description Mean rating 1-5, two decimals */
            averageRating: number | null;
            /** @description Ratings counted */
            ratings: number;
        };
        SkipTaskRequest: {
            /** @description Why the task is not needed */
            reason: string;
            /** @description The version you read; a stale one gets 409 */
            version?: number;
        };
        SlaCalendarDto: {
            holidays: components["schemas"]["HolidayDto"][];
            /** Format: uuid */
            id: string;
            name: string;
            /** @example Europe/Berlin */
            timeZone: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
            workingHours: components["schemas"]["WeeklyHoursDto"];
        };
        SlaCalendarList: {
            items: components["schemas"]["SlaCalendarDto"][];
        };
        SlaComplianceRowDto: {
            /** @description Timers that breached, stopped or still running */
            breached: number;
            /** @description Met over stopped timers, as a percentage; null when none stopped */
            compliancePercent: number | null;
            /** @description Timers that stopped in time */
            met: number;
            /** @description Timers running or paused, not breached yet */
            open: number;
            /** Format: uuid */
            policyId: string;
            policyName: string | null;
            /** @enum {string} */
            priority: "low" | "medium" | "high" | "critical";
        };
        SlaMetricsDto: {
            breaches: components["schemas"]["BreachAnalysisDto"];
            byPolicy: components["schemas"]["SlaComplianceRowDto"][];
            /** @description Met over stopped, all policies */
            compliancePercent: number | null;
            window: components["schemas"]["MetricsWindowDto"];
        };
        SlaPolicyDto: {
            active: boolean;
            /** Format: uuid */
            calendarId: string;
            description: string;
            /** Format: uuid */
            id: string;
            /** @description applies to requests whose item names no policy */
            isDefault: boolean;
            name: string;
            pauseStates: "on_hold"[];
            targets: components["schemas"]["SlaTargetsDoc"];
            /** Format: date-time */
            updatedAt: string;
            version: number;
            /**
             * @example [
             *       50,
             *       75
             *     ]
             */
            warningThresholds: number[];
        };
        SlaPolicyList: {
            items: components["schemas"]["SlaPolicyDto"][];
        };
        SlaPromiseDto: {
            /**
             * @description the calendar's longest working day, for showing targets in business days
             * @example 480
             */
            businessDayMinutes: number | null;
            /**
             * @description the calendar business time is counted on
             * @example Office hours
             */
            calendarName: string;
            /** @example Standard service */
            policyName: string;
            /**
             * @example medium
             * @enum {string}
             */
            priority: "low" | "medium" | "high" | "critical";
            /**
             * @description business minutes to fulfilment
             * @example 2400
             */
            resolutionMinutes: number;
            /**
             * @description business minutes to the first response
             * @example 240
             */
            responseMinutes: number;
        };
        SlaTargetDoc: {
            /**
             * @description business minutes to fulfilment
             * @example 2400
             */
            resolutionMinutes: number;
            /**
             * @description business minutes to the first response
             * @example 240
             */
            responseMinutes: number;
            /**
             * @description business minutes per fulfilment task
             * @example 960
             */
            taskMinutes?: number | null;
        };
        SlaTargetsDoc: {
            critical: components["schemas"]["SlaTargetDoc"];
            high: components["schemas"]["SlaTargetDoc"];
            low: components["schemas"]["SlaTargetDoc"];
            medium: components["schemas"]["SlaTargetDoc"];
        };
        SlaTimerDto: {
            /** Format: date-time */
            breachedAt: string | null;
            /**
             * Format: date-time
             * @description when the target is reached if the clock keeps running
             */
            dueAt: string;
            /** @description business minutes counted against the target so far */
            elapsedMinutes: number;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind: "response" | "resolution" | "task";
            /** @description business minutes spent paused (approval wait, on hold) */
            pausedMinutes: number;
            /** Format: uuid */
            policyId: string;
            /** @enum {string} */
            priority: "low" | "medium" | "high" | "critical";
            /** @description business minutes left; negative once overdue */
            remainingMinutes: number;
            /** @enum {string} */
            stage: "running" | "paused" | "met" | "breached" | "cancelled";
            /** Format: date-time */
            startedAt: string;
            /** Format: date-time */
            stoppedAt: string | null;
            targetMinutes: number;
            /** Format: uuid */
            taskId: string | null;
        };
        StatusCountDto: {
            count: number;
            status: string;
        };
        TaskActionRequest: {
            /** @description The version you read; a stale one gets 409 */
            version?: number;
        };
        TaskDto: {
            /** Format: uuid */
            assigneeId: string | null;
            assigneeName: string | null;
            checklist: components["schemas"]["ChecklistItemDto"][];
            checklistDone: number;
            checklistTotal: number;
            /** Format: date-time */
            completedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            dependsOn: string[];
            description: string;
            estimateMinutes: number | null;
            /** Format: uuid */
            id: string;
            itemName: string;
            notes: components["schemas"]["TaskNoteDto"][];
            /** @example TASK-000007 */
            number: string;
            /** @enum {string} */
            priority: "low" | "medium" | "high" | "critical";
            /** Format: uuid */
            requestId: string;
            /** @example REQ-000042 */
            requestNumber: string;
            skipReason: string | null;
            /** Format: date-time */
            slaDueAt: string | null;
            /**
             * @description the task's operational-level clock; null when its policy sets none
             * @enum {string|null}
             */
            slaStage: "running" | "paused" | "met" | "breached" | "cancelled" | null;
            spentMinutes: number;
            /** Format: date-time */
            startedAt: string | null;
            /** @enum {string} */
            status: "blocked" | "open" | "in_progress" | "done" | "skipped";
            /** Format: uuid */
            teamId: string | null;
            templateKey: string;
            timeEntries: components["schemas"]["TimeEntryDto"][];
            title: string;
            version: number;
        };
        TaskNoteDto: {
            /** Format: uuid */
            authorId: string;
            authorName: string;
            body: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
        };
        TaskPage: {
            items: components["schemas"]["TaskSummaryDto"][];
            nextCursor: string | null;
        };
        TaskSummaryDto: {
            /** Format: uuid */
            assigneeId: string | null;
            assigneeName: string | null;
            checklistDone: number;
            checklistTotal: number;
            /** Format: date-time */
            createdAt: string;
            dependsOn: string[];
            estimateMinutes: number | null;
            /** Format: uuid */
            id: string;
            itemName: string;
            /** @example TASK-000007 */
            number: string;
            /** @enum {string} */
            priority: "low" | "medium" | "high" | "critical";
            /** Format: uuid */
            requestId: string;
            /** @example REQ-000042 */
            requestNumber: string;
            /** Format: date-time */
            slaDueAt: string | null;
            /**
             * @description the task's operational-level clock; null when its policy sets none
             * @enum {string|null}
             */
            slaStage: "running" | "paused" | "met" | "breached" | "cancelled" | null;
            spentMinutes: number;
            /** @enum {string} */
            status: "blocked" | "open" | "in_progress" | "done" | "skipped";
            /** Format: uuid */
            teamId: string | null;
            templateKey: string;
            title: string;
            version: number;
        };
        TaskTemplateDto: {
            /** @description Checklist item labels, in order */
            checklist: string[];
            /** @description Keys of the templates that must be done first; no cycles */
            dependsOn: string[];
            description?: string;
            estimateMinutes?: number;
            /**
             * @description Unique within the item; named by `dependsOn`
             * @example create-account
             */
            key: string;
            /**
             * Format: uuid
             * @description The team that does it; the item's support team when absent
             */
            teamId?: string | null;
            /** @example Create the directory account */
            title: string;
        };
        TeamDto: {
            /** Format: date-time */
            createdAt: string;
            description: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            leadId: string | null;
            memberIds: string[];
            name: string;
            /** Format: date-time */
            updatedAt: string;
            version: number;
        };
        TeamPage: {
            items: components["schemas"]["TeamDto"][];
            nextCursor: string | null;
        };
        TimeEntryDto: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            minutes: number;
            note: string;
            /** Format: date */
            spentOn: string;
            /** Format: uuid */
            userId: string;
        };
        TimeseriesBucketDto: {
            /** @description SLA timers that breached in the bucket */
            breached: number;
            /**
             * Format: date-time
             * @description Start of the UTC day or ISO week
             */
            bucket: string;
            /** @description Requests created in the bucket (drafts left out) */
            created: number;
            /** @description Requests fulfilled in the bucket */
            fulfilled: number;
        };
        TokenPair: {
            /** @description JWT for `Authorization: Bearer` */
            accessToken: string;
            /** @description Seconds until the access token expires */
            expiresIn: number;
            /** @description Single use: exchange at auth/refresh for a new pair */
            refreshToken: string;
            /** @enum {string} */
            tokenType: "Bearer";
        };
        UnreadCount: {
            /** @description True when there are more than `count` (shown as "1,000+") */
            capped: boolean;
            /**
             * @description Unread notifications, counted up to 1000
             * @example 3
             */
            count: number;
        };
        UpdateApprovalPolicyRequest: {
            description?: string;
            levels?: components["schemas"]["ApprovalLevelDoc"][];
            name?: string;
            version: number;
        };
        UpdateCatalogItemRequest: {
            /** Format: uuid */
            approvalPolicyId?: string | null;
            /** Format: uuid */
            categoryId?: string;
            /**
             * @description Decimal string with up to 2 decimals, e.g. "1250.00" (a string, so no precision is lost)
             * @default 0.00
             * @example 1450.00
             */
            costAmount: string;
            /** Format: uuid */
            costCenterId?: string | null;
            /**
             * @description ISO 4217
             * @default USD
             * @example USD
             */
            costCurrency: string;
            /** @default 1 */
            deliveryDays: number;
            description?: string;
            documentationLinks?: components["schemas"]["DocumentationLinkDto"][];
            /** @description JSON Schema draft-07 with "type": "object"; required to publish */
            formSchema?: {
                [key: string]: unknown;
            } | null;
            /**
             * @description Material icon name
             * @example Laptop
             */
            icon?: string;
            name?: string;
            prerequisites?: string[];
            /** Format: uuid */
            slaPolicyId?: string | null;
            /** Format: uuid */
            supportTeamId?: string | null;
            /** @description Unique keys; `dependsOn` names other keys and must not make a cycle */
            taskTemplates?: components["schemas"]["TaskTemplateDto"][];
            /** @description react-jsonschema-form uiSchema */
            uiSchema?: {
                [key: string]: unknown;
            };
            /** @description The version you read */
            version: number;
        };
        UpdateChecklistItemRequest: {
            done: boolean;
        };
        UpdateCostCenterRequest: {
            /**
             * @description Decimal string with up to 2 decimals, e.g. "1250.00" (a string, so no precision is lost)
             * @example 250000.00
             */
            budgetAmount?: string;
            /** @example IT-OPS */
            code?: string;
            /**
             * @description Fixed once money is committed or spent
             * @example USD
             */
            currency?: string;
            name?: string;
            /** Format: uuid */
            ownerId?: string;
            /** Format: date */
            periodEnd?: string;
            /** Format: date */
            periodStart?: string;
            /** @description The version you read */
            version: number;
        };
        UpdateNotificationPreferencesRequest: {
            /** @description The choices to change; others stay as they are */
            items: components["schemas"]["NotificationPreferenceDto"][];
        };
        UpdateRequestRequest: {
            /** Format: uuid */
            costCenterId?: string | null;
            /** Format: date */
            dueDate?: string | null;
            formData?: {
                [key: string]: unknown;
            };
            justification?: string;
            /** @enum {string} */
            priority?: "low" | "medium" | "high" | "critical";
            version: number;
        };
        UpdateSlaCalendarRequest: {
            holidays?: components["schemas"]["HolidayDto"][];
            name?: string;
            /** @description IANA time zone */
            timeZone?: string;
            /** @description the version you read; a stale one is refused with 409 */
            version: number;
            workingHours?: components["schemas"]["WeeklyHoursDto"];
        };
        UpdateSlaPolicyRequest: {
            /** @description an inactive policy starts no new timers */
            active?: boolean;
            /** Format: uuid */
            calendarId?: string;
            description?: string;
            isDefault?: boolean;
            name?: string;
            pauseStates?: "on_hold"[];
            targets?: components["schemas"]["SlaTargetsDoc"];
            /** @description the version you read; a stale one is refused with 409 */
            version: number;
            warningThresholds?: number[];
        };
        UpdateTeamRequest: {
            description?: string;
            /** Format: uuid */
            leadId?: string | null;
            /** @description Replaces the member list */
            memberIds?: string[];
            name?: string;
            /** @description The version you read */
            version: number;
        };
        UpdateUserRequest: {
            active?: boolean;
            /** Format: uuid */
            managerId?: string | null;
            name?: string;
            password?: string;
            roles?: ("requester" | "approver" | "agent" | "change_manager" | "admin" | "auditor")[];
            /** @description true clears a sign-in lockout */
            unlock?: boolean;
            /** @description The version you read */
            version: number;
        };
        UpdateWebhookRequest: {
            active?: boolean;
            description?: string;
            /** @description Event types to send: exact (`request.approved`), a family (`request.*`) or everything (`*`) */
            eventTypes?: string[];
            /** @description http(s) only */
            url?: string;
            /** @description The version you read */
            version: number;
        };
        UploadAttachmentRequest: {
            /**
             * Format: binary
             * @description The file. Accepted by content, not by name: PDF, PNG, JPEG, GIF, WebP, DOCX, XLSX, PPTX, and plain text or CSV declared as text/plain or text/csv in UTF-8.
             */
            file: string;
        };
        UserDto: {
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            email: string;
            /** @description Whether a password is set */
            hasPassword: boolean;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastLoginAt: string | null;
            /** @description Locked after repeated failed sign-ins */
            locked: boolean;
            /** Format: uuid */
            managerId: string | null;
            name: string;
            roles: ("requester" | "approver" | "agent" | "change_manager" | "admin" | "auditor")[];
            /** Format: date-time */
            updatedAt: string;
            /** @description Send back with changes; a stale version gets 409 */
            version: number;
        };
        UserPage: {
            items: components["schemas"]["UserDto"][];
            nextCursor: string | null;
        };
        WebhookDeliveryDto: {
            attempts: number;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            deliveredAt: string | null;
            /**
             * Format: uuid
             * @description The event; also sent as X-Trellis-Event-Id
             */
            eventId: string;
            /** @example request.approved */
            eventType: string;
            /** Format: uuid */
            id: string;
            /** @description Milliseconds of the last attempt */
            lastDurationMs: number | null;
            lastError: string | null;
            /** @example 200 */
            lastStatusCode: number | null;
            /**
             * Format: date-time
             * @description While pending
             */
            nextAttemptAt: string | null;
            /** @enum {string} */
            status: "pending" | "delivered" | "failed";
        };
        WebhookDeliveryPage: {
            items: components["schemas"]["WebhookDeliveryDto"][];
            nextCursor: string | null;
        };
        WebhookDto: {
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            /** @example Ticket sync */
            description: string;
            /**
             * @description Event types to send: exact (`request.approved`), a family (`request.*`) or everything (`*`)
             * @example [
             *       "request.*",
             *       "sla.breached"
             *     ]
             */
            eventTypes: string[];
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            updatedAt: string;
            /** @example https://hooks.example.com/trellis */
            url: string;
            /** @description Send back with changes; a stale version gets 409 */
            version: number;
        };
        WebhookPage: {
            items: components["schemas"]["WebhookDto"][];
            nextCursor: string | null;
        };
        WeeklyHoursDto: {
            friday: components["schemas"]["WorkingIntervalDto"][];
            monday: components["schemas"]["WorkingIntervalDto"][];
            saturday: components["schemas"]["WorkingIntervalDto"][];
            sunday: components["schemas"]["WorkingIntervalDto"][];
            thursday: components["schemas"]["WorkingIntervalDto"][];
            tuesday: components["schemas"]["WorkingIntervalDto"][];
            wednesday: components["schemas"]["WorkingIntervalDto"][];
        };
        WorkingIntervalDto: {
            /**
             * @description local wall-clock time, HH:mm; 24:00 is midnight
             * @example 17:30
             */
            end: string;
            /**
             * @description local wall-clock time, HH:mm
             * @example 09:00
             */
            start: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    checkLiveness: {
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
                         *         "message": "Could not connect",
                         *         "status": "down"
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
                         *         "message": "Could not connect",
                         *         "status": "down"
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
    checkReadiness: {
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
                         *         "message": "Could not connect",
                         *         "status": "down"
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
                         *         "message": "Could not connect",
                         *         "status": "down"
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
    listApiTokens: {
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
                    "application/json": components["schemas"]["ApiTokenList"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `api-tokens:manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createApiToken: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApiTokenRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiToken"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `api-tokens:manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeApiToken: {
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
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `api-tokens:manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listDelegations: {
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
                    "application/json": components["schemas"]["DelegationList"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `approvals:decide` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createDelegation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retries with the same key get the first outcome */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDelegationRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DelegationDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `approvals:decide` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeDelegation: {
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
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `approvals:decide` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listApprovalPolicies: {
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
                    "application/json": components["schemas"]["ApprovalPolicyList"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `catalog:manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createApprovalPolicy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retries with the same key get the first outcome */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateApprovalPolicyRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalPolicyDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `catalog:manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApprovalPolicy: {
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
                    "application/json": components["schemas"]["ApprovalPolicyDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `catalog:manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateApprovalPolicy: {
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
                "application/json": components["schemas"]["UpdateApprovalPolicyRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalPolicyDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `catalog:manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listApprovals: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                limit?: number;
                status?: "pending" | "approved" | "rejected" | "not_required";
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
                    "application/json": components["schemas"]["ApprovalPage"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `approvals:decide` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApproval: {
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
                    "application/json": components["schemas"]["ApprovalQueueItemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    approveApproval: {
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
                "application/json": components["schemas"]["ApproveRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalQueueItemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `approvals:decide` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Already decided, or the request moved on */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rejectApproval: {
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
                "application/json": components["schemas"]["RejectRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApprovalQueueItemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `approvals:decide` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    decideApprovalsInBulk: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BulkDecisionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BulkDecisionResult"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `approvals:decide` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteAttachment: {
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
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /**
             * @description Neither the uploader nor an agent or admin
             *
             *     Requires the `requests:read-own` permission
             */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, or not yours to see (another tenant's included) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadAttachment: {
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
            /** @description The bytes, with the verified content type */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": string;
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `requests:read-own` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, or not yours to see (another tenant's included) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                action?: string;
                actorId?: string;
                actorType?: "user" | "token" | "system";
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                entityId?: string;
                entityType?: string;
                /** @description Events at or after this instant */
                from?: string;
                limit?: number;
                /** @description Events before this instant */
                to?: string;
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
                    "application/json": components["schemas"]["AuditEventPage"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `audit:read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPair"];
                };
            };
            /** @description Wrong credentials or a locked account */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    getMe: {
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
                    "application/json": components["schemas"]["Me"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    refresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefreshRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenPair"];
                };
            };
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCatalogCategories: {
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
                    "application/json": components["schemas"]["CatalogCategoryList"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `catalog:read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCatalogItems: {
        parameters: {
            query?: {
                /** @description A category key (e.g. `hardware`) or id */
                category?: string;
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                limit?: number;
                /** @description Full-text search of name and description; words match as prefixes ("lap" finds "Laptop"). With `q`, results come best match first; without, by name. */
                q?: string;
                /** @description Catalog managers only: without `catalog:manage`, only published items are seen */
                status?: "draft" | "published" | "retired";
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
                    "application/json": components["schemas"]["CatalogItemPage"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `catalog:read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCatalogItem: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retries with the same key get the first outcome */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCatalogItemRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogItemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `catalog:manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCatalogItem: {
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
                    "application/json": components["schemas"]["CatalogItemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `catalog:read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateCatalogItem: {
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
                "application/json": components["schemas"]["UpdateCatalogItemRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogItemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `catalog:manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    publishCatalogItem: {
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
                "application/json": components["schemas"]["CatalogItemActionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogItemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `catalog:manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Stale version or not publishable */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    retireCatalogItem: {
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
                "application/json": components["schemas"]["CatalogItemActionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogItemDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `catalog:manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Stale version or not published */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCatalogItemReviews: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor` */
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
                    "application/json": components["schemas"]["CatalogItemReviewPage"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `catalog:read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The item (or the request) is missing or not yours to see, another tenant's included */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCatalogItemReview: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retries with the same key get the first outcome */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCatalogItemReviewRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CatalogItemReviewDto"];
                };
            };
            /** @description Invalid body, or a request for another item */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `requests:create` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The item (or the request) is missing or not yours to see, another tenant's included */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The request is not fulfilled or closed yet, or has already been reviewed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCostCenters: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                limit?: number;
                ownerId?: string;
                /** @description Matches code or name */
                q?: string;
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
                    "application/json": components["schemas"]["CostCenterPage"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `requests:create` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createCostCenter: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retries with the same key get the first outcome */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCostCenterRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CostCenterDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `catalog:manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCostCenter: {
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
                    "application/json": components["schemas"]["CostCenterDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `requests:create` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateCostCenter: {
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
                "application/json": components["schemas"]["UpdateCostCenterRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CostCenterDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `catalog:manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCatalogItemMetrics: {
        parameters: {
            query?: {
                /** @description Start of the window (inclusive); default: 30 days before `to` */
                from?: string;
                /** @description End of the window (exclusive); default: now. At most 366 days after `from` */
                to?: string;
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
                    "application/json": components["schemas"]["CatalogItemMetricsDto"];
                };
            };
            /** @description A bad or too long window */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `metrics:read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCostCenterMetrics: {
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
                    "application/json": components["schemas"]["CostMetricsDto"];
                };
            };
            /** @description A bad or too long window */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `metrics:read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getDashboardMetrics: {
        parameters: {
            query?: {
                /** @description Start of the window (inclusive); default: 30 days before `to` */
                from?: string;
                /** @description End of the window (exclusive); default: now. At most 366 days after `from` */
                to?: string;
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
                    "application/json": components["schemas"]["DashboardMetricsDto"];
                };
            };
            /** @description A bad or too long window */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `metrics:read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRequestTimeseries: {
        parameters: {
            query?: {
                /** @description Start of the window (inclusive); default: 30 days before `to` */
                from?: string;
                interval?: "day" | "week";
                /** @description End of the window (exclusive); default: now. At most 366 days after `from` */
                to?: string;
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
                    "application/json": components["schemas"]["RequestTimeseriesDto"];
                };
            };
            /** @description A bad or too long window */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `metrics:read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSlaMetrics: {
        parameters: {
            query?: {
                /** @description Start of the window (inclusive); default: 30 days before `to` */
                from?: string;
                /** @description End of the window (exclusive); default: now. At most 366 days after `from` */
                to?: string;
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
                    "application/json": components["schemas"]["SlaMetricsDto"];
                };
            };
            /** @description A bad or too long window */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `metrics:read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listNotifications: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                limit?: number;
                /** @description Only unread notifications */
                unread?: boolean;
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
                    "application/json": components["schemas"]["NotificationPage"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `profile:read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    markNotificationRead: {
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
                    "application/json": components["schemas"]["NotificationDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `profile:read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getNotificationPreferences: {
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
                    "application/json": components["schemas"]["NotificationPreferences"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `profile:read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateNotificationPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateNotificationPreferencesRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NotificationPreferences"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `profile:read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    markAllNotificationsRead: {
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
                    "application/json": components["schemas"]["MarkedRead"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `profile:read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    streamNotifications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/event-stream of `notification` events */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `profile:read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUnreadNotificationCount: {
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
                    "application/json": components["schemas"]["UnreadCount"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `profile:read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    searchPeople: {
        parameters: {
            query: {
                limit?: number;
                /** @description Part of a name or email (at least one character). Names and emails that start with it come first. */
                q: string;
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
                    "application/json": components["schemas"]["PersonList"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `requests:create` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportRequestsCsv: {
        parameters: {
            query?: {
                /** @description `me` or a user id: requests owned by that agent */
                assignee?: string;
                /** @description Start of the window (inclusive); default: 30 days before `to` */
                from?: string;
                itemId?: string;
                status?: "draft" | "submitted" | "pending_approval" | "approved" | "in_progress" | "on_hold" | "fulfilled" | "closed" | "rejected" | "cancelled";
                /** @description End of the window (exclusive); default: now. At most 366 days after `from` */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV (RFC 4180, UTF-8 with a byte order mark), at most 10000 rows */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `requests:read-all` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRequests: {
        parameters: {
            query?: {
                /** @description `me` or a user id: requests owned by that agent */
                assignee?: string;
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                itemId?: string;
                limit?: number;
                /** @description Only requests you raised or that are for you */
                mine?: boolean;
                /** @description Search: a request number (`REQ-000042` or `42`), else words matched as prefixes in the item name and justification; newest first */
                q?: string;
                status?: "draft" | "submitted" | "pending_approval" | "approved" | "in_progress" | "on_hold" | "fulfilled" | "closed" | "rejected" | "cancelled";
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
                    "application/json": components["schemas"]["RequestPage"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `requests:read-own` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, or not yours to see (another tenant's included) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retries with the same key get the first outcome */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRequestRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `requests:create` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, or not yours to see (another tenant's included) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRequest: {
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
                    "application/json": components["schemas"]["RequestDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `requests:read-own` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, or not yours to see (another tenant's included) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateRequest: {
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
                "application/json": components["schemas"]["UpdateRequestRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `requests:create` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, or not yours to see (another tenant's included) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    assignRequest: {
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
                "application/json": components["schemas"]["AssignRequestRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `requests:work` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, or not yours to see (another tenant's included) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRequestAttachments: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor` */
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
                    "application/json": components["schemas"]["AttachmentPage"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `requests:read-own` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, or not yours to see (another tenant's included) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    uploadRequestAttachment: {
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
                "multipart/form-data": components["schemas"]["UploadAttachmentRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttachmentDto"];
                };
            };
            /** @description No `file` part, or a malformed body */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `requests:read-own` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, or not yours to see (another tenant's included) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Larger than the size cap, or past the tenant's storage quota */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Not multipart/form-data, or a file type that is not accepted */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelRequest: {
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
                "application/json": components["schemas"]["CancelRequestRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `requests:read-own` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, or not yours to see (another tenant's included) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    closeRequest: {
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
                "application/json": components["schemas"]["CloseRequestRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `requests:read-own` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, or not yours to see (another tenant's included) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRequestComments: {
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
                    "application/json": components["schemas"]["CommentList"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `requests:read-own` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, or not yours to see (another tenant's included) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addRequestComment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retries with the same key get the first outcome */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddCommentRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CommentDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `requests:read-own` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, or not yours to see (another tenant's included) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    holdRequest: {
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
                "application/json": components["schemas"]["RequestActionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `requests:work` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, or not yours to see (another tenant's included) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeRequestPriority: {
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
                "application/json": components["schemas"]["ChangePriorityRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `requests:work` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, or not yours to see (another tenant's included) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reopenRequest: {
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
                "application/json": components["schemas"]["RequestActionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `requests:read-own` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, or not yours to see (another tenant's included) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resumeRequest: {
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
                "application/json": components["schemas"]["RequestActionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `requests:work` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, or not yours to see (another tenant's included) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    submitRequest: {
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
                "application/json": components["schemas"]["RequestActionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RequestDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `requests:create` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, or not yours to see (another tenant's included) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSlaCalendars: {
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
                    "application/json": components["schemas"]["SlaCalendarList"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `settings:manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSlaCalendar: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retries with the same key get the first outcome */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSlaCalendarRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaCalendarDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `settings:manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSlaCalendar: {
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
                    "application/json": components["schemas"]["SlaCalendarDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `settings:manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateSlaCalendar: {
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
                "application/json": components["schemas"]["UpdateSlaCalendarRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaCalendarDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `settings:manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    importSlaCalendarHolidays: {
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
                "application/json": components["schemas"]["ImportHolidaysRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaCalendarDto"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `settings:manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listHolidayPreset: {
        parameters: {
            query: {
                /** @description ISO 3166-1 alpha-2 country code */
                country: string;
                /** @description state or province code, as date-holidays names it */
                state?: string;
                year: number;
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
                    "application/json": components["schemas"]["HolidayPresetList"];
                };
            };
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `settings:manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listHolidayCountries: {
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
                    "application/json": components["schemas"]["HolidayCountryList"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `settings:manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSlaPolicies: {
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
                    "application/json": components["schemas"]["SlaPolicyList"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `settings:manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createSlaPolicy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retries with the same key get the first outcome */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSlaPolicyRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaPolicyDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `settings:manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSlaPolicy: {
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
                    "application/json": components["schemas"]["SlaPolicyDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `settings:manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateSlaPolicy: {
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
                "application/json": components["schemas"]["UpdateSlaPolicyRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SlaPolicyDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `settings:manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTasks: {
        parameters: {
            query?: {
                /** @description `me` or a user id */
                assignee?: string;
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                limit?: number;
                requestId?: string;
                status?: "blocked" | "open" | "in_progress" | "done" | "skipped";
                team?: string;
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
                    "application/json": components["schemas"]["TaskPage"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `tasks:work` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTask: {
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
                    "application/json": components["schemas"]["TaskDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `tasks:work` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    assignTask: {
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
                "application/json": components["schemas"]["AssignTaskRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `tasks:work` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateChecklistItem: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                itemId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateChecklistItemRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `tasks:work` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    claimTask: {
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
                "application/json": components["schemas"]["TaskActionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `tasks:work` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    completeTask: {
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
                "application/json": components["schemas"]["TaskActionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `tasks:work` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addTaskNote: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retries with the same key get the first outcome */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddTaskNoteRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `tasks:work` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    skipTask: {
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
                "application/json": components["schemas"]["SkipTaskRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `tasks:work` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    startTask: {
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
                "application/json": components["schemas"]["TaskActionRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `tasks:work` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    addTimeEntry: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retries with the same key get the first outcome */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AddTimeEntryRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TaskDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `tasks:work` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTeams: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                limit?: number;
                /** @description Teams this user belongs to */
                memberId?: string;
                /** @description Matches the name */
                q?: string;
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
                    "application/json": components["schemas"]["TeamPage"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `teams:read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createTeam: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retries with the same key get the first outcome */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTeamRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `teams:manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTeam: {
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
                    "application/json": components["schemas"]["TeamDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `teams:read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateTeam: {
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
                "application/json": components["schemas"]["UpdateTeamRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TeamDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `teams:manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listUsers: {
        parameters: {
            query?: {
                active?: boolean;
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                limit?: number;
                /** @description Matches name or email */
                q?: string;
                role?: "requester" | "approver" | "agent" | "change_manager" | "admin" | "auditor";
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
                    "application/json": components["schemas"]["UserPage"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `users:read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createUser: {
        parameters: {
            query?: never;
            header?: {
                /** @description Retries with the same key get the first outcome */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `users:manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was used with another body */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getUser: {
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
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `users:read` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateUser: {
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
                "application/json": components["schemas"]["UpdateUserRequest"];
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
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `users:manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhooks: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor` */
                cursor?: string;
                limit?: number;
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
                    "application/json": components["schemas"]["WebhookPage"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `settings:manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateWebhookRequest"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedWebhook"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `settings:manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWebhook: {
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
                    "application/json": components["schemas"]["WebhookDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `settings:manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteWebhook: {
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
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `settings:manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateWebhook: {
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
                "application/json": components["schemas"]["UpdateWebhookRequest"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookDto"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `settings:manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookDeliveries: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's `nextCursor` */
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
                    "application/json": components["schemas"]["WebhookDeliveryPage"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            /** @description Requires the `settings:manage` permission */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
