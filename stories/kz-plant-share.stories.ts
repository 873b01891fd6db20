import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/kz-plant-share.js';
import { column, langControl, widthControl } from './frame.js';

interface Args {
  lang: string;
  width: number;
}

const meta: Meta<Args> = {
  title: 'Widgets/kz-plant-share',
  component: 'kz-plant-share',
  tags: ['autodocs'],
  args: { lang: 'en', width: 720 },
  argTypes: { lang: langControl, width: widthControl },
  render: ({ lang, width }) => column(width, html`<kz-plant-share lang=${lang || nothing}></kz-plant-share>`),
};
export default meta;

type Story = StoryObj<Args>;

export const English: Story = {};
export const Russian: Story = { args: { lang: 'ru' } };
export const Kazakh: Story = { args: { lang: 'kk' } };
export const PhoneRussian: Story = { args: { lang: 'ru', width: 360 } };
export const PhoneKazakh: Story = { args: { lang: 'kk', width: 320 } };
export const NoticeUnsupportedLanguage: Story = { args: { lang: 'fr' } };
