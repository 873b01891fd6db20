import { html, nothing } from 'lit';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import '../src/elements/kz-plant-share.js';
import { brand, column, langControl, pageControl, themeControl, widthControl, type Page } from './frame.js';

interface Args {
  lang: string;
  theme: string;
  width: number;
  page: Page;
  className: string;
}

const meta: Meta<Args> = {
  title: 'Widgets/kz-plant-share',
  component: 'kz-plant-share',
  tags: ['autodocs'],
  args: { lang: 'en', width: 720 },
  argTypes: {
    lang: langControl,
    theme: themeControl,
    width: widthControl,
    page: { ...pageControl, description: 'Background of the page around the widget (not an attribute)' },
    className: { table: { disable: true } },
  },
  render: ({ lang, theme, width, page, className }) =>
    column(
      width,
      html`${className ? brand : nothing}<kz-plant-share class=${className || nothing} lang=${lang || nothing}
        theme=${theme || nothing}></kz-plant-share>`,
      page,
    ),
};
export default meta;

type Story = StoryObj<Args>;

export const English: Story = {};
export const Russian: Story = { args: { lang: 'ru' } };
export const Kazakh: Story = { args: { lang: 'kk' } };
export const PhoneRussian: Story = { args: { lang: 'ru', width: 360 } };
export const PhoneKazakh: Story = { args: { lang: 'kk', width: 320 } };
export const DarkTheme: Story = { args: { theme: 'dark', page: 'dark' } };
export const DarkThemeRussian: Story = { args: { theme: 'dark', page: 'dark', lang: 'ru' } };
export const NewsroomBrand: Story = { args: { className: 'newsroom-brand', lang: 'kk' } };
export const NoticeUnknownTheme: Story = { args: { theme: 'sepia' } };
export const NoticeUnsupportedLanguage: Story = { args: { lang: 'fr' } };
