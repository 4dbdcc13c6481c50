import type {
  DocumentationLink,
  TaskTemplate,
} from '../practices/service-catalog/entities/catalog-item.entity';

/** A demo item as seeded; forms are JSON Schema draft-07 with react-jsonschema-form uiSchemas. */
export interface DemoItem {
  name: string;
  category: string;
  costCenter: string;
  description: string;
  icon: string;
  costAmount: string;
  deliveryDays: number;
  prerequisites: string[];
  documentationLinks: DocumentationLink[];
  formSchema: Record<string, unknown>;
  uiSchema: Record<string, unknown>;
  taskTemplates: TaskTemplate[];
}

const task = (
  key: string,
  title: string,
  estimateMinutes: number,
  dependsOn: string[] = [],
  checklist: string[] = [],
): TaskTemplate => ({ key, title, estimateMinutes, checklist, dependsOn });

const DOCS = 'https://intranet.example.com/it';

/** The five items of seed 000 (DESIGN.md section 5). Approval policies are attached by name. */
export const DEMO_ITEMS: DemoItem[] = [
  {
    name: 'New User Account',
    category: 'access',
    costCenter: 'IT-OPS',
    description:
      'Directory account, mailbox and group memberships for someone joining the company. Raise it at least three working days before the start date.',
    icon: 'PersonAdd',
    costAmount: '0.00',
    deliveryDays: 2,
    prerequisites: ['The new starter is recorded in the HR system', 'A confirmed start date'],
    documentationLinks: [{ title: 'Onboarding checklist', url: `${DOCS}/onboarding` }],
    formSchema: {
      type: 'object',
      required: ['firstName', 'lastName', 'department', 'startDate'],
      properties: {
        firstName: { type: 'string', title: 'First name', minLength: 1, maxLength: 100 },
        lastName: { type: 'string', title: 'Last name', minLength: 1, maxLength: 100 },
        jobTitle: { type: 'string', title: 'Job title', maxLength: 120 },
        department: {
          type: 'string',
          title: 'Department',
          enum: ['Engineering', 'Finance', 'Human Resources', 'Marketing', 'Operations', 'Sales'],
        },
        startDate: { type: 'string', title: 'Start date', format: 'date' },
        manager: {
          type: 'string',
          title: 'Line manager',
          description: 'Who the welcome pack goes to',
          format: 'email',
          maxLength: 254,
        },
        groups: {
          type: 'array',
          title: 'Groups',
          uniqueItems: true,
          items: {
            type: 'string',
            enum: ['all-staff', 'engineering', 'finance', 'sales', 'vpn-users'],
          },
        },
        needsMailbox: { type: 'boolean', title: 'Needs a mailbox', default: true },
      },
      additionalProperties: false,
    },
    uiSchema: {
      'ui:order': [
        'firstName',
        'lastName',
        'jobTitle',
        'department',
        'startDate',
        'manager',
        'groups',
        '*',
      ],
      groups: { 'ui:widget': 'checkboxes' },
      manager: { 'ui:placeholder': 'Name or email' },
    },
    taskTemplates: [
      task(
        'create-account',
        'Create the directory account',
        20,
        [],
        [
          'Create the account with the naming convention',
          'Set a temporary password',
          'Require MFA enrolment at first sign-in',
        ],
      ),
      task('provision-mailbox', 'Provision the mailbox', 15, ['create-account']),
      task('assign-groups', 'Add to the requested groups', 10, ['create-account']),
      task('send-welcome', 'Send the welcome pack to the manager', 10, [
        'provision-mailbox',
        'assign-groups',
      ]),
    ],
  },
  {
    name: 'Software License',
    category: 'software',
    costCenter: 'ENG',
    description:
      'A licence for approved commercial software, assigned to you or to a device. Twelve-month subscriptions unless stated.',
    icon: 'AppRegistration',
    costAmount: '250.00',
    deliveryDays: 3,
    prerequisites: ['The software is on the approved software list'],
    documentationLinks: [{ title: 'Approved software list', url: `${DOCS}/software` }],
    formSchema: {
      type: 'object',
      required: ['software', 'licenseType', 'quantity', 'businessReason'],
      properties: {
        software: {
          type: 'string',
          title: 'Software',
          enum: [
            'Adobe Creative Cloud',
            'Figma Professional',
            'JetBrains All Products Pack',
            'Microsoft Visio',
            'Tableau Creator',
          ],
        },
        licenseType: { type: 'string', title: 'Licence type', enum: ['named user', 'device'] },
        quantity: { type: 'integer', title: 'Quantity', minimum: 1, maximum: 50, default: 1 },
        term: { type: 'string', title: 'Term', enum: ['12 months', '24 months', '36 months'] },
        businessReason: {
          type: 'string',
          title: 'Business reason',
          minLength: 10,
          maxLength: 2000,
        },
      },
      additionalProperties: false,
    },
    uiSchema: { businessReason: { 'ui:widget': 'textarea' } },
    taskTemplates: [
      task('verify-entitlement', 'Check existing entitlements and spare seats', 15),
      task('procure-license', 'Buy the licence', 30, ['verify-entitlement']),
      task('assign-license', 'Assign the licence and install', 20, ['procure-license']),
      task('notify-user', 'Tell the requester how to activate it', 5, ['assign-license']),
    ],
  },
  {
    name: 'Laptop Request',
    category: 'hardware',
    costCenter: 'IT-OPS',
    description:
      'A standard company laptop, imaged, encrypted and enrolled in device management, with optional accessories.',
    icon: 'Laptop',
    costAmount: '1850.00',
    deliveryDays: 7,
    prerequisites: ['Return your old laptop within 14 days of receiving the new one'],
    documentationLinks: [
      { title: 'Standard laptop models', url: `${DOCS}/laptops` },
      { title: 'Device security policy', url: `${DOCS}/device-policy` },
    ],
    formSchema: {
      type: 'object',
      required: ['model', 'ram', 'reason'],
      properties: {
        model: {
          type: 'string',
          title: 'Model',
          enum: [
            'MacBook Air 13"',
            'MacBook Pro 14"',
            'Dell Latitude 7450',
            'Lenovo ThinkPad X1 Carbon',
          ],
        },
        ram: { type: 'integer', title: 'Memory (GB)', enum: [16, 32, 64], default: 16 },
        storage: { type: 'integer', title: 'Storage (GB)', enum: [512, 1024, 2048], default: 512 },
        reason: {
          type: 'string',
          title: 'Reason',
          enum: ['New starter', 'Replacement: broken', 'Replacement: end of life', 'Upgrade'],
        },
        reasonDetails: { type: 'string', title: 'Details', maxLength: 2000 },
        accessories: {
          type: 'array',
          title: 'Accessories',
          uniqueItems: true,
          items: {
            type: 'string',
            enum: ['USB-C dock', '27" monitor', 'Keyboard and mouse', 'Headset', 'Laptop bag'],
          },
        },
        deliveryAddress: {
          type: 'string',
          title: 'Deliver to (if not your office)',
          maxLength: 500,
        },
      },
      additionalProperties: false,
    },
    uiSchema: {
      'ui:order': ['model', 'ram', 'storage', 'reason', 'reasonDetails', 'accessories', '*'],
      reasonDetails: { 'ui:widget': 'textarea' },
      accessories: { 'ui:widget': 'checkboxes' },
    },
    taskTemplates: [
      task('check-stock', 'Check stock for the model', 10),
      task('order-device', 'Order the device (if not in stock)', 20, ['check-stock']),
      task(
        'image-device',
        'Image and enrol the device',
        90,
        ['order-device'],
        [
          'Install the standard image',
          'Enrol in device management',
          'Turn on disk encryption',
          'Install the requested software',
        ],
      ),
      task('prepare-accessories', 'Pick the requested accessories', 15, ['check-stock']),
      task('hand-over', 'Hand over or ship to the requester', 20, [
        'image-device',
        'prepare-accessories',
      ]),
    ],
  },
  {
    name: 'VPN Access',
    category: 'access',
    costCenter: 'IT-OPS',
    description:
      'Remote access to the internal network from a company laptop or an approved personal device.',
    icon: 'VpnLock',
    costAmount: '0.00',
    deliveryDays: 1,
    prerequisites: ['MFA is set up on your account', 'Your device meets the security baseline'],
    documentationLinks: [{ title: 'VPN set-up guide', url: `${DOCS}/vpn` }],
    formSchema: {
      type: 'object',
      required: ['profile', 'device', 'duration', 'justification'],
      properties: {
        profile: {
          type: 'string',
          title: 'Access profile',
          enum: ['standard', 'engineering', 'privileged administration'],
        },
        device: { type: 'string', title: 'Device', enum: ['company laptop', 'personal device'] },
        duration: { type: 'string', title: 'Duration', enum: ['30 days', '90 days', 'permanent'] },
        justification: { type: 'string', title: 'Why you need it', minLength: 10, maxLength: 2000 },
      },
      additionalProperties: false,
    },
    uiSchema: { justification: { 'ui:widget': 'textarea' } },
    taskTemplates: [
      task('security-review', 'Review the access profile against the role', 15),
      task('create-profile', 'Create the VPN profile', 15, ['security-review']),
      task('send-instructions', 'Send set-up instructions', 5, ['create-profile']),
    ],
  },
  {
    name: 'Cloud Resources',
    category: 'infrastructure',
    costCenter: 'ENG',
    description:
      'Virtual machines, databases, storage or a Kubernetes namespace in the company cloud accounts, tagged to your cost centre.',
    icon: 'Cloud',
    costAmount: '500.00',
    deliveryDays: 5,
    prerequisites: ['An architecture note for production workloads'],
    documentationLinks: [{ title: 'Cloud landing zone guide', url: `${DOCS}/cloud` }],
    formSchema: {
      type: 'object',
      required: ['provider', 'environment', 'resourceType', 'size', 'dataClassification'],
      properties: {
        provider: { type: 'string', title: 'Provider', enum: ['AWS', 'Azure', 'Google Cloud'] },
        environment: {
          type: 'string',
          title: 'Environment',
          enum: ['development', 'staging', 'production'],
        },
        resourceType: {
          type: 'string',
          title: 'Resource',
          enum: ['virtual machine', 'managed database', 'object storage', 'Kubernetes namespace'],
        },
        size: { type: 'string', title: 'Size', enum: ['small', 'medium', 'large'] },
        region: { type: 'string', title: 'Region', maxLength: 50, default: 'eu-west-1' },
        dataClassification: {
          type: 'string',
          title: 'Data classification',
          enum: ['public', 'internal', 'confidential'],
        },
        expiresOn: { type: 'string', title: 'Remove after', format: 'date' },
      },
      additionalProperties: false,
    },
    uiSchema: { size: { 'ui:widget': 'radio' } },
    taskTemplates: [
      task('architecture-review', 'Review sizing and placement', 30),
      task('provision', 'Provision the resources', 60, ['architecture-review']),
      task('monitoring', 'Set up monitoring and alerts', 30, ['provision']),
      task('backups', 'Set up backups', 20, ['provision']),
      task('hand-over', 'Hand over access and documentation', 15, ['monitoring', 'backups']),
    ],
  },
];
